package org.crosscheck.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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
import java.util.Set;
import java.util.HashSet;
import java.util.stream.Stream;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Diagnostic;
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

  /**
   * A reader that refuses files larger than {@code maxBytes} bytes, reporting each as a failure.
   *
   * @throws IllegalArgumentException if {@code maxBytes} is not positive
   */
  public Documents(long maxBytes) {
    checkArgument(maxBytes > 0, "maxBytes must be > 0, got %s", maxBytes);
    this.maxBytes = maxBytes;
  }

  /** A reader that refuses files larger than {@link #DEFAULT_MAX_BYTES} (5 MiB). */
  public Documents() {
    this(DEFAULT_MAX_BYTES);
  }

  /**
   * What was read: the articles in path order, the failures, notes and warnings about the input,
   * and per article what was found about its metadata and where.
   *
   * @param articles the articles read
   * @param failures the files (or records of a crawler export) that could not be read, with reasons
   * @param notes what a reader should know about the input: files not read as articles, metadata
   *     missing (warnings, also written to standard error by the command line)
   * @param diagnostics by article id: where each metadata field came from (INFO {@code
   *     metadata.source}), what was missing (WARNING {@code metadata.missing}), what in the input was
   *     odd; the pipeline puts them first among the article's diagnostics
   */
  public record Loaded(ImmutableList<Article> articles, ImmutableList<Run.Failure> failures, ImmutableList<String> notes,
      ImmutableMap<String, ImmutableList<Diagnostic>> diagnostics) {
    /** What was read, with the diagnostics about each article. */
    public Loaded {
      articles = ImmutableList.copyOf(articles);
      failures = ImmutableList.copyOf(failures);
      notes = ImmutableList.copyOf(notes);
      diagnostics = ImmutableMap.copyOf(diagnostics);
    }

    /** What was read, with no diagnostics about metadata. */
    public Loaded(ImmutableList<Article> articles, ImmutableList<Run.Failure> failures, ImmutableList<String> notes) {
      this(articles, failures, notes, ImmutableMap.of());
    }

    /** What was read, with no notes and no diagnostics. */
    public Loaded(ImmutableList<Article> articles, ImmutableList<Run.Failure> failures) {
      this(articles, failures, ImmutableList.of());
    }

    /** The diagnostics the reading left about article {@code id} (none if it left none). */
    public ImmutableList<Diagnostic> diagnostics(String id) {
      return diagnostics.getOrDefault(id, ImmutableList.of());
    }
  }

  /**
   * Metadata given on the command line for a single article ({@code --outlet}, {@code
   * --published}, {@code --language}); it wins over the manifest and over what the input says.
   *
   * @param outlet the outlet, or {@code null}
   * @param published the publication date, or {@code null}
   * @param language the ISO 639-1 language code, or {@code null}
   */
  public record Given(@Nullable String outlet, @Nullable LocalDate published, @Nullable String language) {
    /** Nothing given. */
    public static final Given NOTHING = new Given(null, null, null);

    boolean isEmpty() {
      return outlet == null && published == null && language == null;
    }
  }

  /** What kind of input a file is, from its name (and, for a page saved as .txt, its first bytes). */
  enum Kind {
    TEXT, HTML, RECORDS_JSONL, RECORD_JSON;

    static Kind of(Path f, byte @Nullable [] head) {
      String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".shtml")) {
        return HTML;
      }
      if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return RECORDS_JSONL;
      if (name.endsWith(".json")) return RECORD_JSON;
      if (head != null) {
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1)
            .replace("\u00ef\u00bb\u00bf", "").stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) return HTML;
      }
      return TEXT;
    }
  }

  /**
   * Reads every file named in {@code paths}, without metadata given on the command line.
   *
   * @see #read(List, Path, Given)
   */
  public Loaded read(List<Path> paths, @Nullable Path manifest) throws IOException {
    return read(paths, manifest, Given.NOTHING);
  }

  /**
   * Reads every file named in {@code paths} (folders: every regular, non-hidden file in them, by
   * name, except the manifest): plain text, saved web pages ({@code .html}, {@code .htm}, or text
   * that starts like a page), crawler exports ({@code .jsonl}: one article per line, each read as
   * {@code file.jsonl#LINE}; {@code .json}: one article, or an array of them), see {@link
   * HtmlPages} and {@link CrawlerRecords}.
   *
   * <p>Each metadata field (outlet, publication date, language, URL) is taken from, in this order:
   * {@code given} (for a single article), the manifest entry of the article ({@code manifest}, or
   * a {@code manifest.json} inside a folder or beside a file named on its own), what the input says
   * (an entry for a whole crawler export only fills what its records lack), and for the language
   * the text itself. Where each came from is an INFO diagnostic of the article; a missing outlet or
   * date is a WARNING diagnostic and a note (not a silent default). Of a folder with a manifest,
   * only the files the manifest lists are read, and a listed file missing from the folder is a
   * failure; a file named on its own is always read, and the other entries of its manifest are not
   * required.
   *
   * @throws FormatException if the manifest is not valid JSON of the expected shape
   * @throws IllegalArgumentException if {@code given} names something and more than one article was read
   * @throws IOException if a folder cannot be listed
   */
  public Loaded read(List<Path> paths, @Nullable Path manifest, Given given) throws IOException {
    Map<String, Metadata> meta = new LinkedHashMap<>();
    if (manifest != null) meta.putAll(readManifest(manifest));
    List<Path> files = new ArrayList<>();
    List<Run.Failure> failures = new ArrayList<>();
    // manifest entries that must be among the files read: those of a folder's own manifest.json, and
    // those of --manifest when a folder was given (a list of files picks some of the manifest's files)
    Map<String, Path> expected = new LinkedHashMap<>();
    boolean folderGiven = false;
    Set<Path> governed = new HashSet<>();   // files of a folder that has a manifest
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
          // entries of the records of a crawler export named on its own
          for (var e : entries.entrySet()) if (e.getKey().startsWith(id + "#")) meta.putIfAbsent(e.getKey(), e.getValue());
        }
      } else {
        failures.add(new Run.Failure(p.toString(), "no such file or folder"));
      }
    }
    if (manifest != null && folderGiven) for (String listed : meta.keySet()) expected.putIfAbsent(listed, manifest);
    Merger merger = new Merger(meta, given);
    Set<String> seen = new HashSet<>();
    Set<Path> named = new HashSet<>(paths);
    Set<String> fileNames = new HashSet<>();
    List<String> notes = new ArrayList<>();
    for (Path f : files) fileNames.add(f.getFileName().toString());
    // a crawler export whose manifest lists some of its records (export.jsonl#3) is listed too
    Set<String> exportsListed = new HashSet<>();
    for (String key : meta.keySet()) if (key.contains("#")) exportsListed.add(key.substring(0, key.indexOf('#')));
    for (Path f : files) {
      String id = f.getFileName().toString();
      if (governed.contains(f) && !meta.containsKey(id) && !exportsListed.contains(id) && !named.contains(f)) {
        // a folder with a manifest: the manifest says which files are articles
        notes.add(id + " is not in the manifest; not read as an article");
        continue;
      }
      if (!seen.add(id)) {
        failures.add(new Run.Failure(f.toString(), "another file is already called " + id + "; rename one"));
        continue;
      }
      try {
        Kind kind = Kind.of(f, head(f));
        if (kind == Kind.RECORDS_JSONL) {
          readRecords(f, id, merger, failures);
          continue;
        }
        long size = Files.size(f);
        String reason = null;
        if (size == 0) reason = "empty file";
        else if (size > maxBytes) {
          reason = "file of " + size + " bytes is larger than the limit of " + maxBytes + " bytes; split it, or raise"
              + " the limit with --max-size";
        }
        if (reason != null) {
          failures.add(new Run.Failure(id, reason));
          continue;
        }
        byte[] bytes = Files.readAllBytes(f);
        reason = binary(bytes);
        if (reason == null) {
          switch (kind) {
            case HTML -> reason = readPage(bytes, id, merger);
            case RECORD_JSON -> reason = readJson(bytes, f, id, merger, failures);
            default -> {
              String text = decode(bytes);
              if (text == null) reason = NOT_UTF8;
              else if (text.isBlank()) reason = "holds only white space";
              else merger.add(id, id, text, null);
            }
          }
        }
        if (reason != null) failures.add(new Run.Failure(id, reason));
      } catch (IOException e) {
        failures.add(new Run.Failure(id, "cannot be read: " + e.getMessage()));
      }
    }
    for (String listed : expected.keySet()) {
      if (!fileNames.contains(listed) && !seen.contains(listed) && !merger.ids.contains(listed)) {
        failures.add(new Run.Failure(listed, "listed in the manifest but not found among the files given"));
      }
    }
    if (!given.isEmpty() && merger.articles.size() > 1) {
      throw new IllegalArgumentException("--outlet, --published and --language describe one article, but "
          + merger.articles.size() + " were read; for several articles give a manifest.json (see docs/json-format.md)");
    }
    notes.addAll(merger.warnings());
    return new Loaded(ImmutableList.copyOf(merger.articles), ImmutableList.copyOf(failures), ImmutableList.copyOf(notes),
        merger.diagnostics());
  }

  private static final String NOT_UTF8 =
      "not valid UTF-8 (perhaps windows-1256 or ISO-8859-6); convert it, e.g. iconv -f CP1256 -t UTF-8";

  private static byte @Nullable [] head(Path f) throws IOException {
    try (java.io.InputStream in = Files.newInputStream(f)) {
      return in.readNBytes(512);
    }
  }

  /** A saved page: one article, or the reason it is not one. */
  private @Nullable String readPage(byte[] bytes, String id, Merger merger) throws IOException {
    if (decode(bytes) == null) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
          .toLowerCase(java.util.Locale.ROOT);
      if (!head.contains("charset")) {
        return "not valid UTF-8 and the page names no charset (<meta charset=...>); add one, or convert it, e.g."
            + " iconv -f CP1256 -t UTF-8";
      }
    }
    Found page = HtmlPages.read(bytes, id);
    if (page.text().isBlank()) return "a web page without article text (no paragraphs, headings or JSON-LD articleBody)";
    merger.add(id, id, page.text(), page);
    return null;
  }

  /** A JSON file of a crawler: one record, or an array of records read as {@code file#N}. */
  private @Nullable String readJson(byte[] bytes, Path f, String id, Merger merger, List<Run.Failure> failures) {
    String json = decode(bytes);
    if (json == null) return NOT_UTF8;
    JsonNode root;
    try {
      root = ClaimJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return "not valid JSON at line " + (e.getLocation() == null ? 1 : e.getLocation().getLineNr()) + ", column "
          + (e.getLocation() == null ? 1 : e.getLocation().getColumnNr()) + ": " + e.getOriginalMessage()
          + "; a .json input is a crawler's article record (news-please, trafilatura), or an array of them";
    }
    if (root.isArray()) {
      int i = 0;
      for (JsonNode r : root) {
        String rid = id + "#" + (++i);
        try {
          merger.add(rid, id, CrawlerRecords.read(r));
        } catch (IllegalArgumentException e) {
          failures.add(new Run.Failure(id, "record " + i + ": " + e.getMessage()));
        }
      }
      return i == 0 ? "an empty array: no articles" : null;
    }
    try {
      merger.add(id, id, CrawlerRecords.read(root));
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage() + "; a .json input is a crawler's article record (news-please, trafilatura), or an array"
          + " of them";
    }
  }

  /** A JSON Lines export: one article per line; a bad line is a failure naming its line, the others are read. */
  private void readRecords(Path f, String id, Merger merger, List<Run.Failure> failures) throws IOException {
    long number = 0;
    int read = 0;
    try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(f),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      String line;
      while (true) {
        try {
          line = r.readLine();
        } catch (CharacterCodingException e) {
          failures.add(new Run.Failure(id, "line " + (number + 1) + ": not valid UTF-8; the lines after it are not"
              + " read; convert the file, e.g. iconv -f CP1256 -t UTF-8"));
          return;
        }
        if (line == null) break;
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
        if (line.isBlank()) continue;
        if (line.length() > maxBytes) {
          failures.add(new Run.Failure(id, "line " + number + ": a record of " + line.length() + " characters is"
              + " larger than the limit of " + maxBytes + " bytes; raise the limit with --max-size"));
          continue;
        }
        JsonNode n;
        try {
          n = ClaimJson.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
          failures.add(new Run.Failure(id, "line " + number + ", column " + (e.getLocation() == null ? 1
              : e.getLocation().getColumnNr()) + ": not valid JSON: " + e.getOriginalMessage()));
          continue;
        }
        try {
          merger.add(id + "#" + number, id, CrawlerRecords.read(n));
          read++;
        } catch (IllegalArgumentException e) {
          failures.add(new Run.Failure(id, "line " + number + ": " + e.getMessage()));
        }
      }
    }
    if (number == 0) failures.add(new Run.Failure(id, "empty file"));
    else if (read == 0 && failures.stream().noneMatch(x -> x.document().equals(id))) {
      failures.add(new Run.Failure(id, "holds only white space"));
    }
  }

  /**
   * Puts each article's metadata together from what was given, the manifest and the input, and
   * remembers where each field came from and what is missing.
   */
  private static final class Merger {
    private final Map<String, Metadata> manifest;
    private final Given given;
    final List<Article> articles = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    private final Map<String, ImmutableList<Diagnostic>> diagnostics = new LinkedHashMap<>();
    private final List<String> noOutlet = new ArrayList<>();
    private final List<String> noDate = new ArrayList<>();

    Merger(Map<String, Metadata> manifest, Given given) {
      this.manifest = manifest;
      this.given = given;
    }

    void add(String id, String file, Found found) {
      add(id, file, found.text(), found);
    }

    /** One article {@code id} read from {@code file}: its text and what its input says about it (if anything). */
    void add(String id, String file, String text, @Nullable Found found) {
      Metadata own = manifest.get(id);
      // an entry for a whole crawler export fills what its records lack; an entry for the article wins
      Metadata whole = id.equals(file) ? null : manifest.get(file);
      Map<String, Found.Field> fields = found == null ? Map.of() : found.fields();
      ImmutableList.Builder<Diagnostic> diags = ImmutableList.builder();
      if (found != null) diags.addAll(found.diagnostics());
      List<String> from = new ArrayList<>();

      Found.Field outlet = pick(given.outlet(), "--outlet", own == null ? null : own.outlet(), fields.get(Found.OUTLET),
          whole == null ? null : whole.outlet());
      Found.Field published = pick(given.published() == null ? null : given.published().toString(), "--published",
          own == null || own.published() == null ? null : own.published().toString(), fields.get(Found.PUBLISHED),
          whole == null || whole.published() == null ? null : whole.published().toString());
      Found.Field language = pick(given.language(), "--language", own == null ? null : own.language(),
          fields.get(Found.LANGUAGE), whole == null ? null : whole.language());
      Found.Field url = pick(null, "", own == null ? null : own.url(), fields.get(Found.URL), whole == null ? null : whole.url());
      if (language == null) {
        LanguageDetector.Guess g = LanguageDetector.detect(text);
        language = new Found.Field(g.language(), "the text (detected: " + g + ")");
      }
      if (outlet != null) from.add("outlet \"" + outlet.value() + "\" from " + outlet.source());
      if (published != null) from.add("published " + published.value() + " from " + published.source());
      from.add("language " + language.value() + " from " + language.source());
      if (url != null) from.add("url " + url.value() + " from " + url.source());
      diags.add(Diagnostic.info("metadata.source", String.join("; ", from), null));
      if (outlet == null) {
        noOutlet.add(id);
        diags.add(Diagnostic.warning("metadata.missing", "no outlet: " + where(found) + "; its claims count as those of"
            + " an unknown outlet, so its independence from other unknown ones cannot be judged", null));
      }
      if (published == null) {
        noDate.add(id);
        diags.add(Diagnostic.warning("metadata.missing", "no publication date: " + where(found) + "; relative dates"
            + " ('yesterday', 'on Friday') are resolved only if the text prints a date", null));
      }
      Metadata m = new Metadata(outlet == null ? UNKNOWN_OUTLET : outlet.value(),
          published == null ? null : LocalDate.parse(published.value()), language.value(),
          url == null ? null : url.value(), first(own, whole, Metadata::agency), first(own, whole, Metadata::dateline));
      articles.add(new Article(id, text, m));
      ids.add(id);
      diagnostics.put(id, diags.build());
    }

    private static String where(@Nullable Found found) {
      return "none given on the command line or in a manifest" + (found == null ? "" : ", none found in the input");
    }

    private static @Nullable String first(@Nullable Metadata own, @Nullable Metadata whole,
        java.util.function.Function<Metadata, @Nullable String> get) {
      String a = own == null ? null : get.apply(own);
      return a != null ? a : whole == null ? null : get.apply(whole);
    }

    /** The first of: given, the article's manifest entry, the input, the export's manifest entry. */
    private static Found.@Nullable Field pick(@Nullable String given, String option, @Nullable String entry,
        Found.@Nullable Field input, @Nullable String wholeEntry) {
      if (given != null && !given.isBlank()) return new Found.Field(given, option);
      if (entry != null && !entry.isBlank()) return new Found.Field(entry, "the manifest");
      if (input != null) return input;
      if (wholeEntry != null && !wholeEntry.isBlank()) return new Found.Field(wholeEntry, "the manifest (whole file)");
      return null;
    }

    ImmutableMap<String, ImmutableList<Diagnostic>> diagnostics() {
      return ImmutableMap.copyOf(diagnostics);
    }

    /** One warning per missing field, naming the articles (the first few) and the fix. */
    List<String> warnings() {
      List<String> out = new ArrayList<>();
      if (!noOutlet.isEmpty()) {
        out.add("warning: no outlet for " + Describe.plural(noOutlet.size(), "document", "documents") + " ("
            + names(noOutlet) + "); the claims count as those of '" + UNKNOWN_OUTLET + "'. Give \"outlet\" in a"
            + " manifest.json, or --outlet for a single file");
      }
      if (!noDate.isEmpty()) {
        out.add("warning: no publication date for " + Describe.plural(noDate.size(), "document", "documents") + " ("
            + names(noDate) + "); relative dates ('yesterday') are resolved only where the text prints a date."
            + " Give \"published\" in a manifest.json, or --published for a single file");
      }
      return out;
    }

    private static String names(List<String> ids) {
      int shown = Math.min(ids.size(), 5);
      return String.join(", ", ids.subList(0, shown)) + (ids.size() > shown ? " and " + (ids.size() - shown) + " more" : "");
    }
  }

  /** The outlet of an article whose outlet nobody gave or printed. */
  public static final String UNKNOWN_OUTLET = "unknown outlet";

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
   * Reads a manifest: file name (or {@code export.jsonl#LINE} for one record of a crawler export)
   * to metadata; an entry without an outlet has a blank outlet, one without a language a blank
   * language.
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
    return Map.of(file, new Metadata(e.path("outlet").asText(""), published, e.path("language").asText(""),
        nullable(e, "url"), nullable(e, "agency"), nullable(e, "dateline")));
  }

  private static @Nullable String nullable(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
  }
}
