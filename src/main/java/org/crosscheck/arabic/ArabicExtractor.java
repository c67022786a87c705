package org.crosscheck.arabic;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Set;
import com.google.common.collect.ImmutableList;
import org.crosscheck.arabic.internal.ArabicRules;
import org.crosscheck.arabic.internal.ArticleRun;
import org.crosscheck.arabic.internal.ExtractorParts;
import org.crosscheck.claim.Claim;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.DeclaredMeasure;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.Rule;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link Claim}s from Arabic news articles: the values the parsing layer finds (numbers,
 * quantities, dates and places) become claims once the sentence says what they measure, of whom, where,
 * when and on whose word.
 *
 * <ul>
 *   <li><b>Measures</b> come from the counted noun ({@code measures.txt}: مقاتل → fighters), or from
 *       the nouns of a measure the user declared ({@link Builder#measures}), unless a nearby cue says otherwise ({@code measure-cues.txt}: قتل 38 متشددا counts the killed); units
 *       give distances (طول: length) and durations; shares are of territory, held or lost by the verb.
 *       A number whose measure cannot be told is not a claim (an INFO diagnostic says so).
 *   <li><b>Event dates</b> come from event cues ({@code events.txt}: دخل → entered, سيطر → captured,
 *       خسر → lost …) with the nearest date of their sentence; a past-tense report with no date is
 *       dated by the publication day. A cue with the purpose prefix ل ("لتحرير": to liberate) or in a
 *       background clause (بعدما، بعد أن، كان) reports no event.
 *   <li><b>Places</b> come from the gazetteer; a figure takes the first place after it in its
 *       sentence (or just before it), with the scope words before the place ({@code scopes.txt}:
 *       محافظة → province, ريف → countryside, المتاخمة → adjacent). A figure located only "mainly"
 *       (بالأساس) somewhere is over the whole theatre: the countries the article names.
 *   <li><b>Attribution</b>: the outlet from the metadata; a wire agency credited in the text
 *       (a dateline "(رويترز)", "لوكالة فرانس برس"); the speaker after a speech cue ({@code
 *       speech.txt}), a person named after titles ({@code titles.txt}) and remembered by surname, or a
 *       party of {@code actors.txt}. "المتحدث باسم X" makes the person speak for X.
 *   <li><b>Evidence</b>: the value's span and the sentence's, in the original text.
 *   <li>Headings (short lines without sentence punctuation) and the parts of a page after "more in
 *       this section" ({@code boilerplate.txt}) are not read; an event reported twice in one article
 *       is one claim.
 * </ul>
 *
 * <p>Never throws for bad content: empty text, another language or a broken encoding become
 * diagnostics. Thread-safe; linear in the length of the text.
 */
public final class ArabicExtractor implements Extractor {
  private final PlaceGazetteer gazetteer;
  private final ArabicWordLists wordLists;
  private final List<DeclaredMeasure> declared;
  private final ExtractorParts parts;

  private ArabicExtractor(Builder b) {
    this.gazetteer = b.gazetteer != null ? b.gazetteer : PlaceGazetteer.standard();
    this.wordLists = b.wordLists;
    this.declared = b.declared;
    this.parts = new ExtractorParts(gazetteer.gazetteer(), wordLists.lexicons(), declared);
  }

  private ArabicExtractor(ArabicExtractor x, List<DeclaredMeasure> declared) {
    this.gazetteer = x.gazetteer;
    this.wordLists = x.wordLists;
    this.declared = List.copyOf(declared);
    this.parts = x.parts.withDeclared(this.declared);
  }

  /** The extractor with the built-in lexicons and gazetteer; used by {@link java.util.ServiceLoader}. */
  public ArabicExtractor() {
    this(new Builder());
  }

  /** A builder starting from the built-in gazetteer and lexicons. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link ArabicExtractor} from a gazetteer and lexicons; what is not set is built in.
   * There is no default actor: who a figure is about is read from the text, or left unnamed.
   */
  public static final class Builder {
    private @Nullable PlaceGazetteer gazetteer;
    private ArabicWordLists wordLists = ArabicWordLists.standard();
    private List<DeclaredMeasure> declared = List.of();

    private Builder() {}

    /** The places to read ({@link PlaceGazetteer#read}); the built-in one when not set. */
    public Builder gazetteer(PlaceGazetteer g) {
      this.gazetteer = checkNotNull(g, "gazetteer");
      return this;
    }

    /** The word lists to read ({@link ArabicWordLists#overriding}); the built-in ones when not set. */
    public Builder wordLists(ArabicWordLists l) {
      this.wordLists = checkNotNull(l, "wordLists");
      return this;
    }

    /**
     * Measures beside the built-in ones, read where a figure counts one of their Arabic nouns
     * ({@link DeclaredMeasure#nouns(String)} for {@code "ar"}): "دخلت 120 شاحنة مساعدات" is a
     * claim of {@code aid-trucks} when that measure declares "شاحنة مساعدات". None when not set.
     */
    public Builder measures(List<DeclaredMeasure> measures) {
      this.declared = List.copyOf(checkNotNull(measures, "measures"));
      return this;
    }

    /** The extractor; immutable and thread-safe. */
    public ArabicExtractor build() {
      return new ArabicExtractor(this);
    }
  }

  @Override
  public Set<String> languages() {
    return Set.of("ar");
  }

  /**
   * This extractor reading the Arabic nouns of {@code measures} too (rule {@code measure.declared-noun});
   * itself when neither it nor {@code measures} declares any.
   */
  @Override
  public ArabicExtractor withMeasures(List<DeclaredMeasure> measures) {
    checkNotNull(measures, "measures");
    return measures.isEmpty() && declared.isEmpty() ? this : new ArabicExtractor(this, measures);
  }

  /** True: {@link #withMeasures} is read. */
  @Override
  public boolean readsDeclaredMeasures() {
    return true;
  }

  @Override
  public Extraction extract(Article article) {
    checkNotNull(article, "article");
    try {
      return new ArticleRun(parts, article).run();
    } catch (RuntimeException e) {
      return Extraction.failed(article, Diagnostic.error("extract.crashed", "the Arabic extractor failed on this text ("
          + e + "); the rest of the batch goes on; please report it with the file"));
    }
  }

  /**
   * The named rules of the claim stages, in a fixed order: the ids that claims' evidence names, with
   * their parameters.
   */
  public static ImmutableList<Rule> rules() {
    return ArabicRules.ALL;
  }

  /** {@code ArabicExtractor[<gazetteer>, built-in lexicons]}. */
  @Override
  public String toString() {
    return "ArabicExtractor[" + gazetteer + ", " + wordLists + (declared.isEmpty() ? "" : ", declared " + declared)
        + "]";
  }
}
