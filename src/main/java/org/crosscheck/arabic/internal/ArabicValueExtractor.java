package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.value.DateValue;
import org.jspecify.annotations.Nullable;

/**
 * Runs the whole Arabic parsing layer over one text: one normalization, one tokenization and one
 * number scan shared by the quantity, date and place readers, then settles overlaps.
 *
 * <ul>
 *   <li>A quantity inside a date is part of the date and is dropped ("3" of "3 نوفمبر", "خمسة أيام" of
 *       "وبعد خمسة أيام"), unless the date is relative to an undated event ("بعد 12 يوما من المعركة"),
 *       where the duration is the only value there is.
 *   <li>A place name inside a date is dropped.
 *   <li>Without an anchor, a full date printed near the top of the text ("الجمعة 2017/11/03") is used
 *       as the anchor, and a diagnostic says so.
 *   <li>Bad input is reported, never thrown: empty text, text without Arabic letters, text with
 *       U+FFFD replacement chars (broken encoding).
 * </ul>
 *
 * <p>Thread-safe; linear in the length of the text.
 */
public final class ArabicValueExtractor {
  private final @Nullable Gazetteer gazetteer;

  private ArabicValueExtractor(@Nullable Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** An extractor with the built-in gazetteer (loaded on first use). */
  public static ArabicValueExtractor standard() {
    return new ArabicValueExtractor(Gazetteer.standard());
  }

  /** An extractor with the given gazetteer. */
  public static ArabicValueExtractor with(Gazetteer gazetteer) {
    return new ArabicValueExtractor(checkNotNull(gazetteer, "gazetteer"));
  }

  /** An extractor that reads no places. */
  public static ArabicValueExtractor withoutPlaces() {
    return new ArabicValueExtractor(null);
  }

  /**
   * Reads {@code text}.
   *
   * @param anchor the publication date, or {@code null} to use a date printed in the text if any
   * @throws NullPointerException if {@code text} is null
   */
  public ArabicValues extract(String text, @Nullable LocalDate anchor) {
    checkNotNull(text, "text");
    return extract(ArabicNormalizer.normalize(text), anchor);
  }

  /** Reads a text already normalized (the extractor normalizes an article once for every stage). */
  ArabicValues extract(NormalizedText nt, @Nullable LocalDate anchor) {
    return extract(Tokens.of(nt), anchor);
  }

  /** Reads the tokens of a normalized text (the extractor's document reuses them: their words are pooled once). */
  ArabicValues extract(Tokens tokens, @Nullable LocalDate anchor) {
    NormalizedText nt = tokens.source();
    String text = nt.original();
    List<Diagnostic> diagnostics = new ArrayList<>();
    checkInput(text, tokens, diagnostics);
    List<NumberParse> parses = ArabicNumberParser.instance().scan(tokens, diagnostics);
    LocalDate effective = anchor;
    if (effective == null && !text.isBlank()) {
      Optional<DateMatch> printed = ArabicDateParser.instance().findPublicationDate(text);
      if (printed.isPresent() && printed.get().value() instanceof DateValue.OnDay d) {
        effective = d.day();
        diagnostics.add(new Diagnostic("date.anchor-from-text", "no publication date was given; using the date "
            + "printed in the text, " + effective, printed.get().span()));
      }
    }
    List<DateMatch> dates = DateAnaphora.resolve(text,
        ArabicDateParser.instance().find(tokens, parses, effective, diagnostics));
    DateIndex index = new DateIndex(dates);
    List<Diagnostic> quantityDiagnostics = new ArrayList<>();
    List<QuantityMatch> allQuantities = ArabicQuantityParser.instance().find(tokens, parses, quantityDiagnostics);
    List<QuantityMatch> quantities = new ArrayList<>();
    for (QuantityMatch q : allQuantities) {
      if (!index.overlaps(q.span(), true)) quantities.add(q);
    }
    for (Diagnostic d : quantityDiagnostics) {
      if (d.span() == null || !index.overlaps(d.span(), true)) diagnostics.add(d);
    }
    List<PlaceMatch> places = new ArrayList<>();
    if (gazetteer != null) {
      for (PlaceMatch p : gazetteer.find(tokens)) {
        if (!index.overlaps(p.span(), false)) places.add(p);
      }
    }
    List<NumberMatch> numbers = new ArrayList<>(parses.size());
    for (NumberParse p : parses) numbers.add(p.match());
    return new ArabicValues(effective, numbers, quantities, dates, places, diagnostics);
  }

  /**
   * The dates of a text by position, so that asking whether a span overlaps one costs a binary
   * search, not a walk over every date (a text of many dates stays linear).
   */
  private static final class DateIndex {
    private final List<DateMatch> byStart;
    /** The greatest end among the dates up to each index. */
    private final int[] maxEnd;

    DateIndex(List<DateMatch> dates) {
      byStart = new ArrayList<>(dates);
      byStart.sort(java.util.Comparator.comparingInt(d -> d.span().start()));
      maxEnd = new int[byStart.size()];
      int max = Integer.MIN_VALUE;
      for (int i = 0; i < maxEnd.length; i++) {
        max = Math.max(max, byStart.get(i).span().end());
        maxEnd[i] = max;
      }
    }

    /** Whether a date overlaps {@code span}; with {@code counting}, dates relative to an event do not count. */
    boolean overlaps(Span span, boolean counting) {
      // the first date whose running greatest end passes the span's start
      int lo = 0;
      int hi = maxEnd.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (maxEnd[mid] > span.start()) hi = mid;
        else lo = mid + 1;
      }
      for (int i = lo; i < byStart.size() && byStart.get(i).span().start() < span.end(); i++) {
        DateMatch d = byStart.get(i);
        if (d.span().overlaps(span) && !(counting && DateMatch.EVENT_RELATIVE.equals(d.note()))) return true;
      }
      return false;
    }
  }

  /**
   * Whether the text can be read as Arabic, told from its tokens (one pass over the text is the
   * tokenizer's): the letters of its word tokens and URLs, and the U+FFFD marks of a broken decoding.
   */
  private static void checkInput(String text, Tokens tokens, List<Diagnostic> diagnostics) {
    if (text.isBlank()) {
      diagnostics.add(new Diagnostic("text.empty", "the text is empty or only white space; nothing to read", null));
      return;
    }
    int arabic = 0;
    int letters = 0;
    int replacement = 0;
    char[] chars = tokens.source().chars();
    for (int t = 0; t < tokens.size(); t++) {
      byte type = tokens.type(t);
      if (type == Tokens.ARABIC) {
        // Arabic word tokens (the bulk of the text) are Arabic letters throughout
        letters += tokens.end(t) - tokens.start(t);
        arabic += tokens.end(t) - tokens.start(t);
      } else if (type == Tokens.LATIN || type == Tokens.URL || type == Tokens.PUNCT) {
        for (int i = tokens.start(t); i < tokens.end(t); i++) {
          char c = chars[i];
          if (Character.isLetter(c)) {
            letters++;
            if (c >= '\u0600' && c <= '\u06FF' || c >= '\uFB50' && c <= '\uFEFC') arabic++;
          } else if (c == '\uFFFD') {
            replacement++;
          }
        }
      }
    }
    if (replacement > 0) {
      diagnostics.add(new Diagnostic("text.broken-encoding", replacement + " U+FFFD replacement chars: the text was "
          + "decoded with the wrong charset somewhere; read it as UTF-8", null));
    }
    if (letters > 0 && arabic * 2 < letters) {
      diagnostics.add(new Diagnostic("text.not-arabic", "only " + arabic + " of " + letters
          + " letters are Arabic; the Arabic readers may find little", null));
    } else if (letters == 0) {
      diagnostics.add(new Diagnostic("text.no-letters", "the text has no letters (digits or symbols only)", null));
    }
  }

  @Override
  public String toString() {
    return "ArabicValueExtractor(" + (gazetteer == null ? "no places" : gazetteer.toString()) + ")";
  }
}
