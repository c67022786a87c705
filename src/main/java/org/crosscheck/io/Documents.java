package org.crosscheck.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Metadata;
import org.jspecify.annotations.Nullable;

/**
 * Reads articles from files and folders, with a JSON manifest giving each file's metadata (see
 * {@code ../shared/seeds/manifest.json} for the shape: an array of {@code {file, outlet, language,
 * published, dateline, url, agency}}). A file that cannot be read — binary, not UTF-8, empty, too
 * large, listed but missing — becomes a {@link Run.Failure} with its reason; the others are read.
 */
public final class Documents {
  /** Files larger than this are refused unless the caller allows more. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
  /** The manifest's file name when it sits in the folder it describes. */
  public static final String MANIFEST = "manifest.json";

  private final long maxBytes;

  public Documents(long maxBytes) {
    checkArgument(maxBytes > 0, "maxBytes must be > 0, got %s", maxBytes);
    this.maxBytes = maxBytes;
  }

  public Documents() {
    this(DEFAULT_MAX_BYTES);
  }

  /**
   * What was read: the articles in path order, and the failures.
   *
   * @param articles the articles read
   * @param failures the files that could not be read, with reasons
   */
  public record Loaded(ImmutableList<Article> articles, ImmutableList<Run.Failure> failures, ImmutableList<String> notes) {
    public Loaded(ImmutableList<Article> articles, ImmutableList<Run.Failure> failures) {
      this(articles, failures, ImmutableList.of());
    }
  }

  /**
   * Reads every file named in {@code paths} (folders: every regular, non-hidden file in them, by
   * name, except the manifest). Metadata comes from {@code manifest} if given, else from a {@code
   * manifest.json} inside a folder (or beside a file named on its own), else defaults (outlet
   * unknown, date unknown, language guessed from the script). Of a folder with a manifest, only the
   * files the manifest lists are read, and a listed file missing from the folder is a failure; a
   * file named on its own is always read, and the other entries of its manifest are not required.
   *
   * @throws FormatException if the manifest is not valid JSON of the expected shape
   * @throws IOException if a folder cannot be listed
   */
  public Loaded read(List<Path> paths, @Nullable Path manifest) throws IOException {
    Map<String, Metadata> meta = new LinkedHashMap<>();
    if (manifest != null) meta.putAll(readManifest(manifest));
    List<Path> files = new ArrayList<>();
    List<Run.Failure> failures = new ArrayList<>();
    // manifest entries that must be among the files read: those of a folder's own manifest.json, and
    // those of --manifest when a folder was given (a list of files picks some of the manifest's files)
    Map<String, Path> expected = new LinkedHashMap<>();
    boolean folderGiven = false;
    java.util.Set<Path> governed = new java.util.HashSet<>();   // files of a folder that has a manifest
    // each manifest beside a file named on its own is read once, however many of its files are named
    Map<Path, Map<String, Metadata>> besideManifests = new HashMap<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        folderGiven = true;
        Path inner = p.resolve(MANIFEST);
        if (manifest == null && Files.isRegularFile(inner)) {
          for (var e : readManifest(inner).entrySet()) {
            meta.putIfAbsent(e.getKey(), e.getValue());
            expected.putIfAbsent(e.getKey(), p);
          }
        }
        try (Stream<Path> s = Files.list(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .filter(f -> !f.getFileName().toString().equals(MANIFEST))
              .sorted()
              .forEach(f -> {
                files.add(f);
                if (manifest != null || Files.isRegularFile(inner)) governed.add(f);
              });
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
        // a file named on its own takes its metadata from the manifest.json beside it, if any
        Path beside = p.toAbsolutePath().getParent() == null ? null : p.toAbsolutePath().getParent().resolve(MANIFEST);
        if (manifest == null && beside != null && Files.isRegularFile(beside) && !Files.isSameFile(beside, p)) {
          String id = p.getFileName().toString();
          Map<String, Metadata> entries = besideManifests.get(beside);
          if (entries == null) {
            entries = readManifest(beside);
            besideManifests.put(beside, entries);
          }
          Metadata m = entries.get(id);
          if (m != null) meta.putIfAbsent(id, m);
        }
      } else {
        failures.add(new Run.Failure(p.toString(), "no such file or folder"));
      }
    }
    if (manifest != null && folderGiven) for (String listed : meta.keySet()) expected.putIfAbsent(listed, manifest);
    List<Article> articles = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.Set<Path> named = new java.util.HashSet<>(paths);
    java.util.Set<String> fileNames = new java.util.HashSet<>();
    for (Path f : files) fileNames.add(f.getFileName().toString());
    for (Path f : files) {
      String id = f.getFileName().toString();
      if (governed.contains(f) && !meta.containsKey(id) && !named.contains(f)) {
        // a folder with a manifest: the manifest says which files are articles
        notes.add(id + " is not in the manifest; not read as an article");
        continue;
      }
      if (!seen.add(id)) {
        failures.add(new Run.Failure(f.toString(), "another file is already called " + id + "; rename one"));
        continue;
      }
      String reason = null;
      String text = null;
      try {
        long size = Files.size(f);
        if (size == 0) reason = "empty file";
        else if (size > maxBytes) {
          reason = "file of " + size + " bytes is larger than the limit of " + maxBytes + " bytes; split it, or raise"
              + " the limit with --max-size";
        } else {
          byte[] bytes = Files.readAllBytes(f);
          reason = binary(bytes);
          if (reason == null) {
            text = decode(bytes);
            if (text == null) {
              reason = "not valid UTF-8 (perhaps windows-1256 or ISO-8859-6); convert it, e.g. iconv -f CP1256 -t UTF-8";
            } else if (text.isBlank()) {
              reason = "holds only white space";
            }
          }
        }
      } catch (IOException e) {
        reason = "cannot be read: " + e.getMessage();
      }
      if (reason != null) {
        failures.add(new Run.Failure(id, reason));
        continue;
      }
      Metadata m = meta.getOrDefault(id, Metadata.of("unknown outlet", null, guessLanguage(text)));
      if (m.language().isBlank()) {
        // the manifest names no language: detect it
        m = new Metadata(m.outlet(), m.published(), guessLanguage(text), m.url(), m.agency(), m.dateline());
      }
      articles.add(new Article(id, text, m));
    }
    for (String listed : expected.keySet()) {
      if (!fileNames.contains(listed)) {
        failures.add(new Run.Failure(listed, "listed in the manifest but not found among the files given"));
      }
    }
    return new Loaded(ImmutableList.copyOf(articles), ImmutableList.copyOf(failures), ImmutableList.copyOf(notes));
  }

  /** Why the bytes look binary, or {@code null}. */
  private static @Nullable String binary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) return "binary file (it holds NUL bytes), not text";
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
    }
    return control > n / 10 ? "binary file (" + control + " control bytes in the first " + n + "), not text" : null;
  }

  /** Strict UTF-8, without a byte-order mark; {@code null} if the bytes are not UTF-8. */
  private static @Nullable String decode(byte[] bytes) {
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The language {@link LanguageDetector} finds: script and function words. */
  static String guessLanguage(String text) {
    return LanguageDetector.detect(text).language();
  }

  /**
   * Reads a manifest: file name to metadata.
   *
   * @throws FormatException naming the file, line and column when it is not a manifest
   */
  public static Map<String, Metadata> readManifest(Path manifest) throws IOException {
    String json = StrictJson.readUtf8(manifest, "a manifest");
    JsonNode root;
    try {
      root = ClaimJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new FormatException(manifest.toString(), e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
          e.getLocation() == null ? 1 : e.getLocation().getColumnNr(), "not valid JSON: " + e.getOriginalMessage(), e);
    }
    try {
      return manifest(root);
    } catch (JsonPathException e) {
      long[] at = StrictJson.locate(json, e.pointer());
      throw new FormatException(manifest.toString(), at[0], at[1], e.getMessage(), e);
    }
  }

  /**
   * The members of a manifest entry. {@code published_basis} (why the date is what it is) and
   * {@code modelled_on} (where a made-up article comes from) are notes for people, read and ignored.
   */
  static final List<String> ENTRY_MEMBERS = List.of("file", "outlet", "language", "published", "dateline", "url",
      "agency", "published_basis", "modelled_on");

  private static Map<String, Metadata> manifest(JsonNode root) {
    if (root.isObject() && root.has("documents")) {
      StrictJson.members(root, "a manifest", List.of("documents"));
      return StrictJson.at("documents", () -> entries(root.path("documents")));
    }
    return entries(root);
  }

  private static Map<String, Metadata> entries(JsonNode entries) {
    if (!entries.isArray()) {
      throw new JsonPathException("a manifest is a JSON array of {\"file\", \"outlet\", \"language\", \"published\"}"
          + " objects (or an object with such an array under \"documents\")");
    }
    Map<String, Metadata> out = new LinkedHashMap<>();
    int i = 0;
    for (JsonNode e : entries) {
      int entry = ++i;
      out.putAll(StrictJson.at(entry - 1, () -> entry(e, entry)));
    }
    return out;
  }

  private static Map<String, Metadata> entry(JsonNode e, int entry) {
    StrictJson.members(e, "manifest entry " + entry, ENTRY_MEMBERS);
    JsonNode f = e.get("file");
    if (f == null || f.isNull() || f.asText("").isEmpty()) {
      throw new JsonPathException("entry " + entry + " has no \"file\"; give the article's file name, like"
          + " {\"file\": \"wire.txt\", \"outlet\": \"Reuters\"}");
    }
    String file = f.asText("");
    LocalDate published = null;
    String p = e.path("published").asText("");
    if (!p.isEmpty()) {
      try {
        published = LocalDate.parse(p.length() > 10 ? p.substring(0, 10) : p);
      } catch (DateTimeParseException ex) {
        throw new JsonPathException(List.of("published"), "entry " + entry + " (" + file + "): \"published\" must be a"
            + " date like 2017-11-03, got \"" + p + "\"", ex);
      }
    }
    return Map.of(file, new Metadata(e.path("outlet").asText("unknown outlet"), published, e.path("language").asText(""),
        nullable(e, "url"), nullable(e, "agency"), nullable(e, "dateline")));
  }

  private static @Nullable String nullable(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
  }
}
