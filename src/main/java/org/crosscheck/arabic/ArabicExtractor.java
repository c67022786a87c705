package org.crosscheck.arabic;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Scope;
import org.crosscheck.claim.Source;
import org.crosscheck.claim.Subject;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Extractor;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Label;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Unit;
import org.crosscheck.value.VagueQuantifier;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link Claim}s from Arabic news articles: the values the parsing layer finds ({@link
 * ArabicValueExtractor}) become claims once the sentence says what they measure, of whom, where,
 * when and on whose word.
 *
 * <ul>
 *   <li><b>Measures</b> come from the counted noun ({@code measures.txt}: مقاتل → fighters), unless a
 *       nearby cue says otherwise ({@code measure-cues.txt}: قتل 38 متشددا counts the killed); units
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
  private static final CueTable<String> MEASURE_NOUNS = CueTable.read("measures.txt", f -> f[1]);
  private static final CueTable<String[]> MEASURE_CUES = CueTable.read("measure-cues.txt", f -> new String[] {f[1], f[2]});
  private static final CueTable<String[]> EVENTS = CueTable.read("events.txt", f -> new String[] {f[1], f[2]}).inflected();
  private static final CueTable<String[]> ACTORS = CueTable.read("actors.txt", f -> new String[] {f[1], f[2]});
  private static final CueTable<String> SPEECH = CueTable.read("speech.txt", f -> f[1]);
  private static final CueTable<String> TITLES = CueTable.read("titles.txt", f -> "title");
  private static final CueTable<String[]> SCOPES = CueTable.read("scopes.txt", f -> new String[] {f[1], f[2]});
  private static final List<String> BOILERPLATE =
      Lexicon.read("boilerplate.txt").stream().map(Lexicon.Line::key).toList();

  /** Leading lines without punctuation up to this many words are the title block. */
  private static final int MAX_TITLE_WORDS = 25;
  /** Rule {@code place.outside-context}: the least population of a town read outside the article's countries. */
  private static final long FOREIGN_MIN_POPULATION = 100_000;
  /** Longer sentences are read in chunks of this many words. */
  private static final int MAX_SENTENCE_WORDS = 120;
  private static final Set<String> BACKGROUND = Set.of("بعدما", "بعد", "كان", "كانت", "قد", "منذ", "حتى", "عندما");
  private static final Set<String> COMPLETION = Set.of("انجزت", "انجز", "اتمت", "اتم", "اكملت", "اكمل", "اعلن", "اعلنت");
  private static final Set<String> MAINLY = Set.of("بالاساس", "اساسا", "خصوصا", "خاصه", "معظمهم", "غالبيتهم");
  private static final Set<String> BOTH_COUNTRIES = Set.of("البلدين", "الدولتين", "البلدان", "الدولتان");
  private static final Set<String> PLACE_NOUNS = Set.of("بلد", "دوله", "جانب", "طرف", "ضفه", "مدينه", "بلده", "منطقه",
      "محافظه", "عمليه", "معقل", "فرع", "جيب", "حكومه", "قوه", "جهه");
  /** The actors.txt name of a word that names no group by itself ("التنظيم"). */
  private static final String GENERIC_ACTOR = "*";
  /** Rule {@code subject.victims}: nouns of the killed and wounded that say who they were. */
  private static final Map<String, String> VICTIMS = Map.ofEntries(
      Map.entry("مدني", "civilians"), Map.entry("مدنيا", "civilians"), Map.entry("مدنيين", "civilians"),
      Map.entry("مدنيون", "civilians"), Map.entry("طفل", "children"), Map.entry("طفلا", "children"),
      Map.entry("اطفال", "children"), Map.entry("امراه", "women"), Map.entry("نساء", "women"),
      Map.entry("فلسطيني", "Palestinians"), Map.entry("فلسطينيا", "Palestinians"), Map.entry("فلسطينيين", "Palestinians"));
  private static final Set<String> COUNTED_PLACE_NOUNS = Set.of("مدينه", "بلده", "معقل", "منطقه", "محافظه");
  private static final Set<String> STATE_VERBS = Set.of("يسيطر", "تسيطر", "يسيطرون");
  private static final Set<String> OF_IT = Set.of("منها", "منه");
  private static final Set<String> SHARE_PLACE_NOUNS = Set.of("قضاء", "ناحيه", "حي", "الاحياء", "احياء", "قطاع", "ولايه");
  private static final Set<String> LENGTH_CUES = Set.of("طول", "طوله", "بطول", "يمتد", "تمتد", "بعمق", "عرض", "امتداد",
      "بامتداد");
  private static final Set<String> TERRITORY = Set.of("اراضي", "الاراضي", "مساحه", "مساحات", "المساحه", "محافظه",
      "ريف", "الدولتين", "البلدين", "ارض", "المناطق", "مناطق");
  /**
   * Words before a share that make it a share lost: losing it, or (rule {@code measure.share-retaken})
   * its being retaken or liberated from the party that held it.
   */
  private static final Set<String> LOSS = Set.of("خسر", "خسرت", "خسروا", "خساره", "فقد", "فقدت", "فقدان", "خسارته",
      "يخسر", "تخسر", "استعاده", "استعادت", "استعاد", "حررت", "حرر", "تحرير");
  private static final Set<String> NAME_STOPS = Set.of("ان", "انه", "انها", "انهم", "في", "على", "من", "الى", "عن",
      "مع", "لوكاله", "ل", "الذي", "التي", "و", "قائلا", "موضحا", "مشيرا", "مضيفا", "امس", "اليوم", "باسم");
  private static final Set<String> PRESENCE = Set.of("متواجد", "متواجدا", "موجود", "موجودا", "يتواجد", "يتواجدون",
      "متواجدون", "موجودون", "يتمركز");
  private static final Set<String> RESUMPTIVE = Set.of("عليها", "عليه", "عليهم", "فيها", "فيه", "منها", "منه");
  private static final Set<String> RELATIVE = Set.of("الذي", "التي", "اللذين", "اللتين", "الذين");
  private static final Set<String> OTHERS = Set.of("اخرين", "اخرون", "اخري", "اخر", "منهم");
  /** Words before a count that make it a part of the figure before it ("بينهم ثمانية انتحاريين"). */
  private static final Set<String> AMONG = Set.of("بينهم", "بينها", "منهم", "منها");
  private static final Set<String> AGAIN = Set.of("مجددا", "ثانيه", "مجدد");
  private static final Set<String> STILL = Set.of("زال", "يزال", "تزال");
  /** Rule {@code measure.places-taken}: words before a count of towns searched for a verb of capture. */
  private static final int CAPTURE_WINDOW = 6;
  private static final Set<String> CAPTURE_TYPES = Set.of("captured", "liberated", "recaptured", "entered", "stormed");
  /** Rule {@code event.date-nearest}: the farthest a date may be from its cue, in words. */
  private static final int DATE_MAX_DISTANCE = 12;
  /** Rule {@code event.light-verb}: the most words between a verb of launching and its noun of attack. */
  private static final int LIGHT_VERB_GAP = 8;
  /** Rule {@code event.dated-without-place}: the distance added to a cue that names no place. */
  private static final int PLACELESS_PENALTY = 3;
  /** Rule {@code place.anaphor}: words after a cue searched for a resumptive or a definite place noun. */
  private static final int ANAPHOR_WINDOW = 4;
  /** Rule {@code place.anaphor}: sentences searched back for the antecedent. */
  private static final int ANAPHOR_SENTENCES = 2;
  /** Rule {@code event.statement-date}: words before a date searched for a speech verb. */
  private static final int STATEMENT_WINDOW = 20;
  private static final Set<String> ANAPHORIC_NOUNS = Set.of("المدينه", "البلده", "القضاء", "المنطقه", "القريه",
      "البلدتين", "المدينتين", "الناحيه", "القطاع", "الولايه", "المحافظه");
  private static final Set<String> THAT = Set.of("ان", "بان", "انه", "بانه", "انها", "بانها", "انهم");
  private static final Set<String> STATEMENT_VERBS = Set.of("تحدث", "تحدثت", "غرد", "غردت", "نشر", "نشرت", "كتب", "كتبت");
  private static final Set<String> NEEDS_NO_PLACE = Set.of("announced", "declared", "attacked", "founded",
      "operation-began", "held", "visit", "siege-broken");

  private final ArabicValueExtractor values;
  private final Gazetteer gazetteer;

  private ArabicExtractor(ArabicValueExtractor values, Gazetteer gazetteer) {
    this.values = values;
    this.gazetteer = gazetteer;
  }

  /** The extractor with the built-in lexicons and gazetteer; used by {@link java.util.ServiceLoader}. */
  public ArabicExtractor() {
    this(ArabicValueExtractor.standard(), Gazetteer.standard());
  }

  @Override
  public Set<String> languages() {
    return Set.of("ar");
  }

  @Override
  public Extraction extract(Article article) {
    try {
      return new Run(article).run();
    } catch (RuntimeException | StackOverflowError e) {
      return Extraction.failed(article, Diagnostic.error("extract.crashed", "the Arabic extractor failed on this text ("
          + e + "); the rest of the batch goes on; please report it with the file"));
    }
  }

  @Override
  public String toString() {
    return "ArabicExtractor[" + gazetteer + "]";
  }

  /** One word of the normalized text, with its normalized offsets. */
  private record Word(String text, int start, int end, int sentence) {}

  /** A sentence: its original span, its words [from, to), whether to read it. */
  private record Sentence(int start, int end, int from, int to, boolean skipped, boolean title) {
    Sentence(int start, int end, int from, int to, boolean skipped) {
      this(start, end, from, to, skipped, false);
    }
  }

  /** A place mention resolved to a claim place. */
  private record PlaceAt(int word, int toWord, org.crosscheck.claim.Place place, Place gazetteer, Scope scope,
      boolean mainly) {}

  private record Actor(String name, String role, int word) {}

  /** The work on one article. */
  private final class Run {
    final Article article;
    final String text;
    final NormalizedText nt;
    final List<Word> words = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final List<Sentence> sentences = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    final Map<String, Source> persons = new HashMap<>();
    final Set<String> seenEvents = new HashSet<>();
    final Map<String, org.crosscheck.claim.Place> countries = new LinkedHashMap<>();
    @Nullable ArabicValues found;
    Map<Integer, List<Integer>> qWordsBySentence = Map.of();
    @Nullable LocalDate anchor;
    @Nullable Source agency;
    /** The armed group the article names most (never a default: {@code null} when it names none). */
    @Nullable String mainArmed;
    @Nullable Source lastSpeaker;

    final String idPrefix;

    Run(Article article) {
      this.article = article;
      this.idPrefix = article.id().replaceAll("\\.[A-Za-z0-9]+$", "") + "#";
      this.text = article.text();
      this.nt = ArabicNormalizer.normalize(text);
    }

    Extraction run() {
      ArabicValues v = values.extract(text, article.metadata().published());
      found = v;
      anchor = v.anchor();
      for (org.crosscheck.arabic.Diagnostic d : v.diagnostics()) diagnostics.add(convert(d));
      boolean unreadable = v.diagnostics().stream().anyMatch(d -> d.code().equals("text.empty")
          || d.code().equals("text.no-letters") || d.code().equals("text.not-arabic"));
      if (unreadable) {
        return new Extraction(article, ImmutableList.of(), ImmutableList.copyOf(diagnostics), anchor);
      }
      tokenize();
      findAgency();
      findMainArmed();
      for (PlaceAt p : allPlaces()) if (p.gazetteer.type() == Place.Type.COUNTRY) countries.putIfAbsent(p.place.id(), p.place);
      Map<Integer, List<QuantityMatch>> qBySentence = new HashMap<>();
      for (QuantityMatch q : v.quantities()) qBySentence.computeIfAbsent(sentenceOf(q.span().start()), k -> new ArrayList<>()).add(q);
      Map<Integer, List<DateMatch>> dBySentence = new HashMap<>();
      for (DateMatch d : v.dates()) dBySentence.computeIfAbsent(sentenceOf(d.span().start()), k -> new ArrayList<>()).add(d);
      pBySentence = new HashMap<>();
      for (PlaceAt p : allPlaces()) pBySentence.computeIfAbsent(words.get(p.word).sentence(), k -> new ArrayList<>()).add(p);
      qWordsBySentence = new HashMap<>();
      for (QuantityMatch q : v.quantities()) {
        int qw = wordAtOriginal(q.span().start());
        if (qw >= 0) qWordsBySentence.computeIfAbsent(words.get(qw).sentence(), k -> new ArrayList<>()).add(qw);
      }
      for (int s = 0; s < sentences.size(); s++) {
        Sentence sent = sentences.get(s);
        if (sent.title()) {
          // rule heading.figures: a headline's figures are claims (often worded apart from the body's:
          // ثلاثة آلاف against ٣٠٠٠); its dates and events are not read, the body tells them
          List<PlaceAt> here = pBySentence.getOrDefault(s, List.of());
          quantities(sent, qBySentence.getOrDefault(s, List.of()), here, attribution(sent), modality(sent));
          continue;
        }
        if (sent.skipped()) continue;
        List<PlaceAt> here = pBySentence.getOrDefault(s, List.of());
        Attribution attribution = attribution(sent);
        Modality modality = modality(sent);
        quantities(sent, qBySentence.getOrDefault(s, List.of()), here, attribution, modality);
        events(sent, dBySentence.getOrDefault(s, List.of()), here, attribution);
        status(sent, here, attribution);
      }
      if (claims.isEmpty()) {
        long read = sentences.stream().filter(x -> !x.skipped()).count();
        diagnostics.add(Diagnostic.info("claims.none", "no claims in this article: " + read + " sentences read, "
            + v.quantities().size() + " figures and " + v.dates().size() + " dates found, none tied to a measure or an"
            + " event", null));
      }
      return new Extraction(article, ImmutableList.copyOf(claims), ImmutableList.copyOf(diagnostics), anchor);
    }

    // ---- words, sentences, skipped parts -----------------------------------------------------

    void tokenize() {
      String n = nt.text();
      int len = n.length();
      // boilerplate: nothing after a line that starts a "more in this section" block is read
      int stop = text.length();
      int lineStart = 0;
      for (int i = 0; i <= text.length(); i++) {
        if (i == text.length() || text.charAt(i) == '\n') {
          String line = Lexicon.key(text.substring(lineStart, i));
          for (String b : BOILERPLATE) {
            if (!b.isEmpty() && line.startsWith(b)) {
              stop = Math.min(stop, lineStart);
              diagnostics.add(Diagnostic.info("text.boilerplate", "the page's other content starts here and is not read",
                  new org.crosscheck.claim.Span(lineStart, i)));
            }
          }
          lineStart = i + 1;
        }
      }
      boilerplateFrom = stop;
      int sentenceStart = 0;
      int i = 0;
      while (i < len) {
        char c = n.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          int s = i;
          while (i < len && (Character.isLetterOrDigit(n.charAt(i)) || joinsNumber(n, i))) i++;
          words.add(new Word(n.substring(s, i), s, i, -1));
          continue;
        }
        i++;
      }
      // sentence ends: . ! ? ؟ and line breaks in the original (not a dot inside a number)
      List<int[]> spans = new ArrayList<>();
      int start = 0;
      for (int k = 0; k < text.length(); k++) {
        char c = text.charAt(k);
        boolean end = c == '\n' || c == '!' || c == '?' || c == '\u061F'
            || (c == '.' && !(k > 0 && k + 1 < text.length() && Character.isDigit(text.charAt(k - 1))
                && Character.isDigit(text.charAt(k + 1))));
        if (end) {
          if (k > start) spans.add(new int[] {start, k + 1});
          start = k + 1;
        }
      }
      if (start < text.length()) spans.add(new int[] {start, text.length()});
      List<Word> assigned = new ArrayList<>(words.size());
      boolean bodyStarted = false;
      boolean wordsSeen = false; // whether a line with words came before (the headline is the first)
      int w = 0;
      for (int[] sp : spans) {
        int ns = nt.toNormalized(sp[0]);
        int ne = sp[1] >= text.length() ? len : nt.toNormalized(sp[1]);
        int from = w;
        while (w < words.size() && words.get(w).start() < ne) {
          Word word = words.get(w);
          assigned.add(new Word(word.text(), word.start(), word.end(), sentences.size()));
          w++;
        }
        String original = text.substring(sp[0], sp[1]).strip();
        boolean heading = isHeading(original, w - from)
            || (!bodyStarted && !punctuated(original) && w - from <= MAX_TITLE_WORDS);
        if (!original.isEmpty() && punctuated(original) && w - from > 3) bodyStarted = true;
        boolean skipped = sp[0] >= stop || heading || w == from;
        // the first line of the page, when it is a heading, is the headline
        boolean title = heading && w > from && sp[0] < stop && !wordsSeen;
        wordsSeen |= w > from;
        if (w - from <= MAX_SENTENCE_WORDS || skipped) {
          sentences.add(new Sentence(sp[0], sp[1], from, w, skipped, title));
        } else {
          // a run-on "sentence" (a page without punctuation) is read in chunks, so every window stays short
          for (int c = from; c < w; c += MAX_SENTENCE_WORDS) {
            int cEnd = Math.min(w, c + MAX_SENTENCE_WORDS);
            int startOriginal = c == from ? sp[0] : nt.toOriginal(words.get(c).start(), words.get(c).end()).start();
            int endOriginal = cEnd == w ? sp[1] : nt.toOriginal(words.get(cEnd).start(), words.get(cEnd).end()).start();
            int index = sentences.size();
            for (int k = c; k < cEnd; k++) {
              Word x = assigned.get(k);
              assigned.set(k, new Word(x.text(), x.start(), x.end(), index));
            }
            sentences.add(new Sentence(startOriginal, endOriginal, c, cEnd, false));
          }
        }
      }
      while (w < words.size()) {
        Word word = words.get(w++);
        assigned.add(new Word(word.text(), word.start(), word.end(), Math.max(0, sentences.size() - 1)));
      }
      words.clear();
      words.addAll(assigned);
      for (Word x : words) texts.add(x.text());
    }

    boolean joinsNumber(String n, int i) {
      char c = n.charAt(i);
      return (c == '.' || c == ',') && i > 0 && i + 1 < n.length() && Character.isDigit(n.charAt(i - 1))
          && Character.isDigit(n.charAt(i + 1));
    }

    /** A short line without sentence punctuation: a title, a sub-heading or a dateline. */
    boolean isHeading(String line, int wordCount) {
      if (line.isEmpty()) return true;
      return !punctuated(line) && wordCount <= 10;
    }

    boolean punctuated(String line) {
      if (line.isEmpty()) return false;
      char last = line.charAt(line.length() - 1);
      return last == '.' || last == '!' || last == '?' || last == '\u061F' || last == ':' || last == '"'
          || last == '\u201D' || last == '\u00BB' || last == '\u2026';
    }

    int sentenceOf(int originalOffset) {
      int n = nt.toNormalized(originalOffset);
      int w = wordAt(n);
      return w < 0 ? 0 : words.get(w).sentence();
    }

    /** The index of the word holding (or first after) normalized offset {@code n}; -1 if none. */
    int wordAt(int n) {
      int lo = 0;
      int hi = words.size() - 1;
      int ans = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (words.get(mid).end() > n) {
          ans = mid;
          hi = mid - 1;
        } else {
          lo = mid + 1;
        }
      }
      return ans;
    }

    int wordAtOriginal(int originalOffset) {
      return wordAt(nt.toNormalized(originalOffset));
    }

    org.crosscheck.claim.Span originalSpanOfWords(int from, int to) {
      Span s = nt.toOriginal(words.get(from).start(), words.get(to - 1).end());
      return new org.crosscheck.claim.Span(s.start(), s.end());
    }

    // ---- who speaks ---------------------------------------------------------------------------

    void findAgency() {
      String credited = article.metadata().agency();
      if (credited != null) {
        agency = Source.agency(credited);
        return;
      }
      for (int i = 0; i < words.size(); i++) {
        CueTable.Hit<String[]> h = ACTORS.match(texts, i);
        if (h != null && h.value()[1].equals("agency")) {
          String name = h.value()[0];
          if (!article.metadata().outlet().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
            agency = Source.agency(name);
          }
          return;
        }
      }
    }

    void findMainArmed() {
      Map<String, Integer> counts = new HashMap<>();
      for (int i = 0; i < words.size(); i++) {
        CueTable.Hit<String[]> h = ACTORS.match(texts, i);
        if (h != null && h.value()[1].equals("armed") && !h.value()[0].equals(GENERIC_ACTOR)) {
          counts.merge(h.value()[0], 1, Integer::sum);
        }
      }
      counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
          .ifPresent(e -> mainArmed = e.getKey());
    }

    Attribution attribution(Sentence s) {
      Attribution a = Attribution.by(article.metadata().outlet());
      if (anchor != null) a = a.publishedOn(anchor);
      if (agency != null) a = a.via(agency);
      Source speaker = speaker(s);
      return speaker == null ? a : a.quoting(speaker);
    }

    @Nullable Source speaker(Sentence s) {
      for (int i = s.from(); i < s.to(); i++) {
        CueTable.Hit<String> cue = SPEECH.match(texts, i);
        if (cue == null) continue;
        Source who = nounPhraseSource(cue.to(), s.to());
        if (who != null) {
          lastSpeaker = who;
          return who;
        }
        // "وأضاف أن …": the speaker of the sentence before goes on
        if (cue.to() < s.to() && (texts.get(cue.to()).equals("ان") || texts.get(cue.to()).equals("انه"))
            && lastSpeaker != null && (cue.value().equals("verb"))) {
          return lastSpeaker;
        }
      }
      return null;
    }

    /** The source named at words [i, end): a party, or a person after titles, or a remembered surname. */
    @Nullable Source nounPhraseSource(int i, int end) {
      Source affiliation = null;
      int k = i;
      while (k < end && k < i + 8) {
        CueTable.Hit<String> title = TITLES.match(texts, k);
        if (title != null) {
          k = title.to();
          continue;
        }
        if (texts.get(k).equals("باسم") && k + 1 < end) {
          CueTable.Hit<String[]> org = ACTORS.match(texts, k + 1);
          if (org != null && resolve(org.value()) != null) {
            affiliation = Source.organization(resolve(org.value()));
            k = org.to();
            continue;
          }
        }
        break;
      }
      if (k >= end) return null;
      CueTable.Hit<String[]> party = ACTORS.match(texts, k);
      if (party != null && affiliation == null) {
        String role = party.value()[1];
        if (role.equals("agency")) return null;
        String name = resolve(party.value());
        return name == null ? null : Source.organization(name);
      }
      if (k < end && texts.get(k).equals("مصدر")) {
        // an unnamed source: "مصدر عسكري سوري" is one origin per article
        int j = k + 1;
        while (j < end && j < k + 4 && !NAME_STOPS.contains(texts.get(j)) && ACTORS.match(texts, j) == null) j++;
        return Source.organization(originalSpanOfWords(k, j).of(text) + " (" + article.id() + ")");
      }
      // a person: up to three name words, not stop words, not cues
      List<String> name = new ArrayList<>();
      int j = k;
      while (j < end && name.size() < 3) {
        String w = texts.get(j);
        if (!name.isEmpty() && w.equals("في") && j + 1 < end && ACTORS.match(texts, j + 1) != null) {
          // "الفرقة السابعة في الجيش العراقي": the unit's army belongs to the unit's name
          int after = ACTORS.match(texts, j + 1).to();
          if (after < end && TITLES.match(texts, after) != null) {
            name.add(w);
            j = after;
            continue;
          }
        }
        if (!name.isEmpty() && TITLES.match(texts, j) != null) {
          // the words so far named a unit ("قائد الفرقة السابعة"); the person comes after the next titles
          int unitEnd = j;
          while (j < end && TITLES.match(texts, j) != null) j = TITLES.match(texts, j).to();
          affiliation = Source.organization(originalSpanOfWords(k, unitEnd).of(text));
          name.clear();
          k = j;
          continue;
        }
        if (NAME_STOPS.contains(w) || w.chars().anyMatch(Character::isDigit) || SPEECH.match(texts, j) != null
            || ACTORS.match(texts, j) != null || EVENTS.match(texts, j) != null) {
          break;
        }
        name.add(w);
        j++;
      }
      if (name.isEmpty() || (k == i && name.size() == 1 && !persons.containsKey(name.get(0)))) {
        if (name.size() == 1 && persons.containsKey(name.get(0))) return persons.get(name.get(0));
        return affiliation != null ? affiliation : null;
      }
      String last = name.get(name.size() - 1);
      if (persons.containsKey(last)) return persons.get(last);
      if (k == i && affiliation == null && name.size() < 2) return null;
      Source person = Source.person(originalSpanOfWords(k, j).of(text));
      if (affiliation != null) person = person.of(affiliation);
      persons.put(last, person);
      return person;
    }

    Modality modality(Sentence s) {
      for (int i = s.from(); i < s.to(); i++) {
        String w = texts.get(i);
        if (w.startsWith("قدر") || w.startsWith("يقدر") || w.startsWith("تقدر") || w.contains("تقديرات")) return Modality.ESTIMATED;
        if (w.equals("المعتقد") || w.equals("يعتقد") || w.equals("يرجح")) return Modality.BELIEVED;
      }
      return Modality.ASSERTED;
    }

    // ---- places -------------------------------------------------------------------------------

    @Nullable List<PlaceAt> placesCache;
    Map<Integer, List<PlaceAt>> pBySentence = Map.of();
    /** Where the page's other content (links to other stories) starts; nothing from there on is read. */
    int boilerplateFrom = Integer.MAX_VALUE;

    List<PlaceAt> allPlaces() {
      if (placesCache != null) return placesCache;
      List<PlaceAt> out = new ArrayList<>();
      placesCache = out;
      if (found == null) return out;
      List<PlaceMatch> read = found.places().stream().filter(m -> m.span().start() < boilerplateFrom).toList();
      Set<String> context = contextCountries(read);
      for (PlaceMatch m : read) {
        int w = wordAtOriginal(m.span().start());
        int wEnd = wordAtOriginal(Math.max(m.span().start(), m.span().end() - 1));
        if (w < 0 || wEnd < 0) continue;
        boolean cued = w > 0 && Gazetteer.isCue(texts.get(w - 1));
        m = inContext(m, context, cued);
        if (m == null) continue;
        Scope scope = scopeBefore(w, wEnd + 1);
        Place chosen = choose(m, scope);
        boolean mainly = false;
        for (int back = 1; back <= 4 && w - back >= 0; back++) if (MAINLY.contains(texts.get(w - back))) mainly = true;
        out.add(new PlaceAt(w, wEnd + 1, claimPlace(chosen, m.text()), chosen, scope, mainly));
      }
      return out;
    }

    /**
     * Rule {@code place.context-countries}: the countries an article is about are those it names, as
     * countries, through their governorates, or by nationality adjectives (الجيش العراقي، القوات
     * السودانية). Read before the other places, since a town's name alone may be a namesake abroad.
     */
    Set<String> contextCountries(List<PlaceMatch> matches) {
      Set<String> out = new java.util.TreeSet<>();
      for (PlaceMatch m : matches) {
        Place best = m.place();
        if (best.type() == Place.Type.COUNTRY || best.type() == Place.Type.REGION) out.add(best.country());
      }
      Map<String, String> adjectives = gazetteer.nationalityAdjectives();
      int readTo = nt.toNormalized(Math.min(boilerplateFrom, text.length()));
      for (int i = 0; i < texts.size(); i++) {
        if (words.get(i).start() >= readTo) break;
        String country = adjectives.get(adjectiveStem(texts.get(i)));
        if (country != null) out.add(country);
      }
      return out;
    }

    /** A word without و/ف/ب/ل, the article and the endings ة، ون، ين، ان: السودانيين → سوداني. */
    String adjectiveStem(String w) {
      String s = w;
      if (s.length() > 4 && (s.charAt(0) == Clitics.WAW || s.charAt(0) == Clitics.FEH)) s = s.substring(1);
      if (s.length() > 4 && (s.charAt(0) == Clitics.BEH || s.charAt(0) == Clitics.LAM)) s = s.substring(1);
      if (s.startsWith("ال") && s.length() > 4) s = s.substring(2);
      else if (s.startsWith("ل") && s.length() > 4) s = s.substring(1);
      if (s.endsWith("ه")) s = s.substring(0, s.length() - 1);
      else if (s.length() > 4 && (s.endsWith("ون") || s.endsWith("ين") || s.endsWith("ان"))) s = s.substring(0, s.length() - 2);
      return s;
    }

    /**
     * Rules {@code place.prefer-context} and {@code place.outside-context}: of the places a name may
     * be, those in the article's countries come first; a name of places elsewhere only is kept only when its best place is a country or a governorate, a
     * town of at least {@link #FOREIGN_MIN_POPULATION} people, or comes after a place cue (مدينة،
     * بلدة…). Fourteen countries hold many namesakes, and Turkish names written in Arabic are often
     * Arabic words (دولي "international" is Develi): an article about Sudan does not mean a Yemeni
     * hamlet. An article that names no country at all is not filtered.
     */
    @Nullable PlaceMatch inContext(PlaceMatch m, Set<String> context, boolean cued) {
      if (context.isEmpty()) return m;
      List<Place> inside = new ArrayList<>();
      List<Place> outside = new ArrayList<>();
      for (Place p : m.candidates()) (context.contains(p.country()) ? inside : outside).add(p);
      if (!inside.isEmpty()) {
        if (outside.isEmpty()) return m;
        List<Place> ordered = new ArrayList<>(inside);
        ordered.addAll(outside);
        return new PlaceMatch(m.span(), m.text(), ordered);
      }
      Place best = m.place();
      boolean major = best.type() == Place.Type.COUNTRY || best.type() == Place.Type.REGION
          || best.population() >= FOREIGN_MIN_POPULATION;
      if (major || cued) return m;
      diagnostics.add(Diagnostic.info("place.outside-context", "\u201c" + m.text() + "\u201d names only places outside"
          + " the countries this article names " + context + " and no cue word marks it as a place; not read as one",
          new org.crosscheck.claim.Span(m.span().start(), m.span().end())));
      return null;
    }

    /** A province's countryside or the province itself is the region; otherwise the town before the district. */
    Place choose(PlaceMatch m, Scope scope) {
      boolean region = scope.extent() == Scope.Extent.PROVINCE || scope.extent() == Scope.Extent.COUNTRYSIDE;
      List<Place> c = m.candidates();
      if (region) {
        for (Place p : c) if (p.type() == Place.Type.REGION) return p;
      }
      if (scope.extent() == Scope.Extent.DISTRICT) {
        for (Place p : c) if (p.type() == Place.Type.COUNTY) return p;
      }
      // the town before the district named after it (al-Qaim before the Qa'im district), never a
      // namesake village abroad before a country
      Place best = m.place();
      if (best.type() == Place.Type.COUNTRY) return best;
      for (Place p : c) if (p.type() == Place.Type.LOCALITY && p.country().equals(best.country())) return p;
      return best;
    }

    /** Scope words just before a place, or opening its name ("محافظة دير الزور"). */
    Scope scopeBefore(int w, int placeEnd) {
      Scope scope = Scope.WHOLE;
      for (int back = 0; back <= 3 && w - back >= 0; back++) {
        CueTable.Hit<String[]> h = SCOPES.match(texts, w - back);
        if (h == null || h.to() > Math.max(w, placeEnd - 1)) continue;
        if (h.value()[0].equals("EXTENT")) scope = scope.withExtent(Scope.Extent.valueOf(h.value()[1]));
        else scope = scope.withProximity(Scope.Proximity.valueOf(h.value()[1]));
      }
      return scope;
    }

    org.crosscheck.claim.Place claimPlace(Place p, String written) {
      List<Long> chain = new ArrayList<>();
      long parent = p.parentId();
      int guard = 0;
      while (parent > 0 && parent != p.id() && guard++ < 6) {
        chain.add(parent);
        Optional<Place> up = gazetteer.byId(parent);
        if (up.isEmpty() || up.get().parentId() == parent) break;
        parent = up.get().parentId();
      }
      if (p.regionId() > 0 && p.regionId() != p.id() && !chain.contains(p.regionId())) chain.add(p.regionId());
      Long country = countryId(p.country());
      if (country != null && country != p.id() && !chain.contains(country)) chain.add(country);
      ImmutableList<String> within = chain.stream().map(id -> "wof:" + id).collect(ImmutableList.toImmutableList());
      String name = p.nameEn().isEmpty() ? p.nameAr() : p.nameEn();
      Set<String> aliases = new java.util.TreeSet<>();
      if (!p.nameAr().isEmpty()) aliases.add(p.nameAr());
      aliases.add(written);
      return new org.crosscheck.claim.Place("wof:" + p.id(), name, ImmutableSortedSet.copyOf(aliases), type(p), within,
          ImmutableList.of());
    }

    @Nullable Long countryId(String code) {
      return gazetteer.country(code).map(Place::id).orElse(null);
    }

    org.crosscheck.claim.Place.Type type(Place p) {
      return switch (p.type()) {
        case COUNTRY -> org.crosscheck.claim.Place.Type.COUNTRY;
        case REGION -> org.crosscheck.claim.Place.Type.PROVINCE;
        case COUNTY -> org.crosscheck.claim.Place.Type.DISTRICT;
        case LOCALITY -> org.crosscheck.claim.Place.Type.TOWN;
        case NEIGHBOURHOOD -> org.crosscheck.claim.Place.Type.NEIGHBOURHOOD;
      };
    }

    /** The countries the article names, as one place: the theatre of figures given "overall". */
    org.crosscheck.claim.Place theatre() {
      List<org.crosscheck.claim.Place> list = new ArrayList<>(countries.values());
      if (list.isEmpty()) return org.crosscheck.claim.Place.NOWHERE;
      if (list.size() == 1) return list.get(0);
      return org.crosscheck.claim.Place.union(list.toArray(new org.crosscheck.claim.Place[0]));
    }

    // ---- quantities ---------------------------------------------------------------------------

    void quantities(Sentence s, List<QuantityMatch> qs, List<PlaceAt> here, Attribution attribution, Modality modality) {
      String inherited = null;
      for (QuantityMatch q : qs) {
        int w = wordAtOriginal(q.span().start());
        int wEnd = wordAtOriginal(Math.max(q.span().start(), q.span().end() - 1));
        if (w < 0 || wEnd < 0) continue;
        int after = q.nounSpan() != null ? Math.max(wEnd + 1, wordAtOriginal(q.nounSpan().start()) + 1) : wEnd + 1;
        String noun = q.noun() == null ? null : ArabicNormalizer.normalizeToString(q.noun());
        if (skipQuantity(q, w, noun)) continue;
        String measureId = measure(q, w, wEnd + 1, after, noun, s);
        if (measureId == null && (noun == null || OTHERS.contains(noun)) && inherited != null && !(q.quantity() instanceof Quantity.Fraction)
            && q.quantity().unit().dimension() == Unit.Dimension.COUNT) {
          measureId = inherited;
        }
        // rule measure.part-of-figure: "9000 قتيل بينهم 4000 طفل": a part counted among a figure
        // measures what the figure measures (the children are among the killed)
        // "من بين القتلى 4800 طفل": the whole is named right before the part
        if (w - 2 >= s.from() && texts.get(w - 2).equals("بين")) {
          CueTable.Hit<String> whole = MEASURE_NOUNS.match(List.of(texts.get(w - 1)), 0);
          if (whole != null && q.quantity().unit().dimension() == Unit.Dimension.COUNT) measureId = whole.value();
        }
        if (inherited != null && w > s.from() && AMONG.contains(texts.get(w - 1))
            && q.quantity().unit().dimension() == Unit.Dimension.COUNT && !(q.quantity() instanceof Quantity.Fraction)) {
          measureId = inherited;
        }
        // rule measure.places-taken: towns or villages counted by a verb of capture are places taken,
        // not places a party still holds
        if ("towns-held".equals(measureId) && captureBefore(w, s)) measureId = "places-taken";
        if (measureId == null) {
          diagnostics.add(Diagnostic.info("quantity.no-measure", "read " + q.quantity() + " but not what it counts; not"
              + " a claim", new org.crosscheck.claim.Span(q.span().start(), q.span().end())));
          continue;
        }
        if (noun != null && MEASURE_NOUNS.containsWord(noun)) inherited = measureId;
        Measure measure = Measures.byId(measureId).orElseThrow();
        Quantity value = q.quantity();
        if (!fits(measure, value)) continue;
        PlaceAt place = placeFor(here, w, wEnd + 1);
        if (place == null) place = figureAnaphor(s, after, w);
        // (the one town a sentence names elsewhere is not taken: it is as often where people came from)
        org.crosscheck.claim.Place p = place == null ? org.crosscheck.claim.Place.NOWHERE : place.place;
        if (place != null && country(place)) {
          // "في العراق وسوريا": two countries named together are one place
          for (PlaceAt other : here) {
            if (other != place && country(other) && other.word >= place.toWord && other.word <= place.toWord + 1
                && !other.place.equals(place.place)) {
              p = org.crosscheck.claim.Place.union(place.place, other.place);
            }
          }
        }
        if (bothCountriesAfter(s, wEnd + 1)) {
          p = theatre();
          place = null;
        }
        Scope scope = place == null ? Scope.WHOLE : place.scope;
        if (place != null && place.mainly) {
          p = theatre();
          scope = Scope.WHOLE.withNote("mainly in " + place.place.name());
        } else if (place == null && mentionsBothCountries(s)) {
          p = theatre();
        }
        Subject subject = subject(measure, s, after, noun);
        if (noun != null && w > s.from() && AMONG.contains(texts.get(w - 1)) && measure.kind() == Measure.Kind.COUNT) {
          // "38 متشدداً بينهم ثمانية انتحاريين": a part of the figure before, of its own kind; not a
          // second figure for the same thing
          String part = "among them: " + q.noun().strip();
          subject = Subject.of(subject.equals(Subject.NONE) ? "(" + part + ")" : subject.label() + " (" + part + ")");
        }
        add(subject, measure, EventType.NONE, p, scope, value, attribution, evidence(s, q.span()), modality);
      }
    }

    /** A cue of capture or liberation within {@link #CAPTURE_WINDOW} words before word {@code w}. */
    boolean captureBefore(int w, Sentence s) {
      for (int i = Math.max(s.from(), w - CAPTURE_WINDOW); i < w; i++) {
        CueTable.Hit<String[]> h = EVENTS.match(texts, i);
        // "still controls two towns" (يسيطر) is a state, not a capture
        if (h != null && CAPTURE_TYPES.contains(h.value()[0]) && !STATE_VERBS.contains(stripped(texts.get(i)))) return true;
      }
      return false;
    }

    boolean skipQuantity(QuantityMatch q, int w, @Nullable String noun) {
      String written = ArabicNormalizer.normalizeToString(q.text()).strip();
      // "the two countries", "the two sides": a definite dual names things, it does not count them
      if (q.quantity() instanceof Quantity.Exact e && e.value().intValue() == 2 && written.indexOf(' ') < 0
          && written.startsWith("ال") && noun != null && PLACE_NOUNS.contains(stem(noun))) {
        return true;
      }
      // an indefinite dual of a side or party ("طرفين") names the two, it does not count places; a dual
      // of towns or strongholds ("مدينتين"، "معقلين") is a count
      if (q.quantity() instanceof Quantity.Exact e && e.value().intValue() == 2 && noun != null
          && PLACE_NOUNS.contains(stem(noun)) && !COUNTED_PLACE_NOUNS.contains(stem(noun)) && written.indexOf(' ') < 0) {
        return true;
      }
      // a bare plural of years is a duration only with ل: "لسنوات" (for years), not "بعد سنوات"
      if (q.quantity() instanceof Quantity.Vague v && v.quantifier() == VagueQuantifier.SEVERAL) {
        return !(written.startsWith("ل") || (w > 0 && texts.get(w - 1).equals("منذ")));
      }
      return false;
    }

    String stem(String word) {
      String s = word.startsWith("ال") ? word.substring(2) : word;
      if (s.endsWith("ين") || s.endsWith("ان")) s = s.substring(0, s.length() - 2);
      if (s.endsWith("ت") && s.length() > 3) s = s.substring(0, s.length() - 1) + "ه";
      return s;
    }

    @Nullable String measure(QuantityMatch q, int w, int wEnd, int after, @Nullable String noun, Sentence s) {
      Unit unit = q.quantity().unit();
      if (unit.dimension() == Unit.Dimension.TIME) return "duration";
      if (unit.dimension() == Unit.Dimension.AREA) return "area";
      if (unit.dimension() == Unit.Dimension.LENGTH) {
        for (int i = Math.max(s.from(), w - 4); i < Math.min(s.to(), after + 2); i++) {
          if (LENGTH_CUES.contains(texts.get(i)) || LENGTH_CUES.contains(stripped(texts.get(i)))) return "length";
        }
        return "distance-to";
      }
      if (unit.dimension() == Unit.Dimension.SHARE) {
        boolean loss = false;
        boolean territory = false;
        for (int i = Math.max(s.from(), w - 5); i < w; i++) {
          if (LOSS.contains(texts.get(i)) || LOSS.contains(stripped(texts.get(i)))) loss = true;
        }
        for (int i = Math.max(s.from(), w - 5); i < Math.min(s.to(), after + 4); i++) {
          String t = stripped(texts.get(i));
          if (TERRITORY.contains(texts.get(i)) || TERRITORY.contains(t)) territory = true;
        }
        // rule measure.share-of-place: a share of a named place or of a place noun ("94% of the city",
        // "three quarters of the district of Tal Afar") is a share of territory
        if (!territory) territory = placeAfter(wEnd, after, s);
        if (!territory) return null;
        return loss ? "territory-lost" : "territory-held";
      }
      // a cue near the number beats its noun
      String cue = cueMeasure(w, wEnd, s);
      // a cue for people in general ("a town that shelters N") does not override a noun that says
      // which people ("N displaced")
      if (cue != null && !(cue.equals("people") && noun != null && MEASURE_NOUNS.match(List.of(noun), 0) != null)) return cue;
      if (noun != null) {
        CueTable.Hit<String> n = MEASURE_NOUNS.match(List.of(noun), 0);
        if (n != null) {
          String m = n.value();
          if (m.equals("fighters") && ownForces(after, s)) return "troops";
          return m;
        }
      }
      return null;
    }

    /** The measure of the nearest cue around a figure that may govern it ({@code measure-cues.txt}). */
    /** A place name or a place noun (مدينة، قضاء، حي) from word {@code from} to two words after word {@code after}. */
    boolean placeAfter(int from, int after, Sentence s) {
      for (int i = from; i < Math.min(s.to(), after + 3); i++) {
        String t = stripped(texts.get(i));
        // "خسر 90 بالمئة منها": "of it" refers back to a place
        if (PLACE_NOUNS.contains(t) || SHARE_PLACE_NOUNS.contains(t) || (i == from && OF_IT.contains(texts.get(i)))) {
          return true;
        }
        for (PlaceAt p : pBySentence.getOrDefault(words.get(i).sentence(), List.of())) if (p.word == i) return true;
      }
      return false;
    }

    @Nullable String cueMeasure(int w, int wEnd, Sentence s) {
      String best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (int i = Math.max(s.from(), w - 6); i < Math.min(s.to(), wEnd + 5); i++) {
        CueTable.Hit<String[]> h = MEASURE_CUES.match(texts, i);
        if (h == null) continue;
        String where = h.value()[1];
        boolean before = h.to() <= w;
        boolean afterIt = h.from() >= wEnd;
        if ((where.equals("BEFORE") && before) || (where.equals("AFTER") && afterIt)
            || (where.equals("NEAR") && (before || afterIt))) {
          int distance = before ? w - h.to() : h.from() - wEnd;
          if (distance < bestDistance) {
            best = h.value()[0];
            bestDistance = distance;
          }
        }
      }
      return best;
    }

    /** "1200 عنصر من قواتها": a state's own soldiers, not fighters. */
    boolean ownForces(int after, Sentence s) {
      for (int i = after; i < Math.min(s.to(), after + 3); i++) {
        String t = stripped(texts.get(i));
        if (t.startsWith("قوات") && !t.equals("قوات")) return true;
      }
      return false;
    }

    String stripped(String word) {
      List<Clitics.Reading> r = Clitics.readings(word);
      return r.get(r.size() - 1).stem();
    }

    boolean fits(Measure m, Quantity q) {
      try {
        m.checkValue(q);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    /** The place of a figure: a town or province after it, else before it, else a country after or before. */
    @Nullable PlaceAt placeFor(List<PlaceAt> here, int w, int after) {
      for (boolean countries : new boolean[] {false, true}) {
        PlaceAt best = null;
        for (PlaceAt p : here) {
          if (country(p) != countries) continue;
          if (p.word >= after && p.word - after <= 10 && (best == null || p.word < best.word)
              && !commaBetween(originalSpanOfWords(after - 1, after).end(), p.word)) {
            best = p;
          }
        }
        if (best != null) return best;
        for (PlaceAt p : here) {
          if (country(p) != countries) continue;
          if (p.toWord <= w && w - p.toWord <= 12 && (best == null || p.word > best.word)) best = p;
        }
        if (best != null) return best;
      }
      return null;
    }

    /**
     * Rule {@code place.figure-anaphor}: "داخل القطاع"، "في المدينة" within {@link #ANAPHOR_WINDOW} words
     * after a figure with no place of its own is the topic of the nearest sentence that names one (its
     * first town, province or strip before the figure; not a country), as {@code place.anaphor} does
     * for events.
     */
    @Nullable PlaceAt figureAnaphor(Sentence s, int after, int w) {
      boolean anaphor = false;
      for (int k = after; k < Math.min(s.to(), after + ANAPHOR_WINDOW) && !anaphor; k++) {
        String t = stripped(texts.get(k));
        anaphor = ANAPHORIC_NOUNS.contains(texts.get(k)) || ANAPHORIC_NOUNS.contains("ال" + t);
      }
      if (!anaphor) return null;
      int sentence = words.get(w).sentence();
      for (int back = sentence; back >= Math.max(0, sentence - ANAPHOR_SENTENCES); back--) {
        for (PlaceAt p : pBySentence.getOrDefault(back, List.of())) {
          if (!country(p) && p.word < w) return p;
        }
      }
      return null;
    }

    boolean country(PlaceAt p) {
      return p.gazetteer.type() == Place.Type.COUNTRY;
    }

    /** "في البلدين" (in both countries) shortly after a figure. */
    boolean bothCountriesAfter(Sentence s, int from) {
      for (int i = from; i < Math.min(s.to(), from + 8); i++) if (BOTH_COUNTRIES.contains(stripped(texts.get(i)))) return true;
      return false;
    }

    boolean mentionsBothCountries(Sentence s) {
      for (int i = s.from(); i < s.to(); i++) if (BOTH_COUNTRIES.contains(texts.get(i))) return true;
      return false;
    }

    /**
     * Who a figure is about, read from the text, never assumed:
     *
     * <ul>
     *   <li>{@code subject.named}: a party named right after the counted noun ("من مقاتلي الدولة الإسلامية");
     *   <li>{@code subject.victims}: the killed and wounded are who the noun says (civilians, children,
     *       women), not the party that killed them; "people" names no one in particular;
     *   <li>{@code subject.sentence-party}: troops of the state party, the surrendered of the armed
     *       party the sentence names, and the killed or wounded too when their noun says they were
     *       fighters;
     *   <li>{@code subject.article-armed-group}: fighters, territory, towns held of the armed group the
     *       article names most; none when it names none.
     * </ul>
     */
    Subject subject(Measure m, Sentence s, int after, @Nullable String noun) {
      boolean counted = m.kind() == Measure.Kind.COUNT;
      for (int i = after; counted && i < Math.min(s.to(), after + 4); i++) {
        CueTable.Hit<String[]> h = ACTORS.match(texts, i);
        if (h != null && !h.value()[1].equals("agency")) return party(resolve(h.value()));
      }
      String victims = noun == null ? null : VICTIMS.get(stripped(noun));
      if (victims == null && noun != null) victims = VICTIMS.get(noun);
      if (victims != null && (m.id().equals("killed") || m.id().equals("wounded"))) return Subject.of(victims);
      switch (m.id()) {
        case "fighters", "territory-held", "territory-lost", "towns-held", "population", "people-held" -> {
          return party(mainArmed);
        }
        case "troops", "killed", "wounded", "surrendered" -> {
          // the killed and wounded are a party's only when the noun says they were fighters ("قتل 20
          // مسلحا"); a toll of people names no side, whoever the sentence names (the ministry run by X)
          boolean fighters = noun != null && MEASURE_NOUNS.match(List.of(noun), 0) != null
              && "fighters".equals(MEASURE_NOUNS.match(List.of(noun), 0).value());
          if ((m.id().equals("killed") || m.id().equals("wounded")) && !fighters) return Subject.NONE;
          for (int i = s.from(); i < s.to(); i++) {
            CueTable.Hit<String[]> h = ACTORS.match(texts, i);
            if (h != null && (m.id().equals("troops") ? h.value()[1].equals("state") : h.value()[1].equals("armed"))) {
              return party(resolve(h.value()));
            }
          }
          return m.id().equals("troops") ? Subject.NONE : party(mainArmed);
        }
        default -> {
          return Subject.NONE;
        }
      }
    }

    Subject party(@Nullable String name) {
      return name == null ? Subject.NONE : Subject.of(name);
    }

    /** An actor's name; the generic "التنظيم" is the article's armed group, or none. */
    @Nullable String resolve(String[] actor) {
      return actor[0].equals(GENERIC_ACTOR) ? mainArmed : actor[0];
    }

    // ---- events ---------------------------------------------------------------------------------

    private record Cue(int from, int to, String type, boolean implicit, boolean purpose, boolean background,
        boolean sinceOnly) {
      Cue(int from, int to, String type, boolean implicit, boolean purpose, boolean background) {
        this(from, to, type, implicit, purpose, background, false);
      }
    }

    void events(Sentence s, List<DateMatch> dates, List<PlaceAt> here, Attribution attribution) {
      List<Cue> cues = new ArrayList<>();
      for (int i = s.from(); i < s.to(); i++) {
        CueTable.Hit<String[]> h = EVENTS.match(texts, i);
        if (h == null) continue;
        boolean purpose = h.prefixed() && h.first().preposition() == Clitics.LAM;
        boolean background = false;
        for (int b = Math.max(s.from(), i - 2); b < i; b++) if (BACKGROUND.contains(texts.get(b))) background = true;
        // "سيطر عليها": a relative clause about something named before, not an event of its own
        if (h.to() < s.to() && RESUMPTIVE.contains(texts.get(h.to()))) background = true;
        // "تحت سيطرة": under someone's control, a state, not an event
        boolean state = i > s.from() && texts.get(i - 1).equals("تحت");
        String type = h.value()[0];
        if (type.equals("captured")) {
          // "استعادت … مجدداً": taken again, a second capture
          for (int k = h.to(); k < Math.min(s.to(), h.to() + 10); k++) if (AGAIN.contains(texts.get(k))) type = "recaptured";
        }
        if (!purpose && !state) {
          cues.add(new Cue(h.from(), h.to(), type, h.value()[1].equals("yes"), false, background,
              h.value()[1].equals("since")));
        }
        i = h.to() - 1;
      }
      // "أعلن الجيش السيطرة على …", "أعلنت القوات أن …": an announcement of an event is dated with the
      // event, and an announcement of words is attribution, not an event
      List<Cue> kept = new ArrayList<>();
      for (int c = 0; c < cues.size(); c++) {
        Cue cue = cues.get(c);
        boolean statement = cue.type.equals("announced") || cue.type.equals("declared");
        if (statement) {
          boolean eventFollows = c + 1 < cues.size() && cues.get(c + 1).from - cue.to <= 8 && !cues.get(c + 1).background;
          boolean thatFollows = false;
          // the speaker's title, name and the day come between: "أعلن مستشار الأمن القومي … بولتون الأحد، أن"
          for (int k = cue.to; k < Math.min(s.to(), cue.to + 12); k++) {
            String t = texts.get(k);
            if (t.equals("ان") || t.equals("انه") || t.equals("انها") || t.equals("عن")) thatFollows = true;
          }
          // "غداة إعلان بالي أن …": the announcement is itself the dated event
          boolean dated = false;
          for (DateMatch d : dates) {
            int dw = wordAtOriginal(d.span().start());
            int dwEnd = wordAtOriginal(Math.max(d.span().start(), d.span().end() - 1)) + 1;
            if (cue.from >= dw && cue.from < dwEnd) dated = true;
          }
          if ((eventFollows || thatFollows) && !dated) continue;
        }
        kept.add(cue);
      }
      // rule event.light-verb: "شنت هجوما"، "بدأت هجومها": a noun of attack right after a verb of
      // launching is the verb's object, one event with it
      kept = new ArrayList<>(kept);
      for (int c = kept.size() - 1; c > 0; c--) {
        Cue noun = kept.get(c);
        Cue verb = kept.get(c - 1);
        boolean launching = verb.type.equals("operation-began") || verb.type.equals("attacked");
        if (launching && noun.type.equals("attacked") && noun.from - verb.to <= LIGHT_VERB_GAP) kept.remove(c);
      }
      cues = kept;
      if (cues.isEmpty()) {
        List<DateMatch> usable = new ArrayList<>();
        for (DateMatch d : dates) if (d.isResolved() && d.value() != null && !isPrintedPublicationDate(d)) usable.add(d);
        statements(s, usable, new boolean[usable.size()], attribution);
        return;
      }
      List<List<PlaceAt>> objectsOf = new ArrayList<>();
      for (int c = 0; c < cues.size(); c++) {
        objectsOf.add(new ArrayList<>(objects(cues.get(c), c + 1 < cues.size() ? cues.get(c + 1).from : s.to(), here, s,
            c == 0 ? cues : List.of())));
      }
      boolean[] anaphoric = new boolean[cues.size()];
      for (int c = 0; c < cues.size(); c++) {
        if (objectsOf.get(c).isEmpty()) {
          PlaceAt antecedent = antecedent(cues.get(c), s, here);
          if (antecedent != null) {
            objectsOf.get(c).add(antecedent);
            anaphoric[c] = true;
          }
        }
      }
      if (cues.size() > 1) {
        Set<PlaceAt> enumerated = new HashSet<>(objectsOf.get(0));
        for (int c = 1; c < cues.size(); c++) {
          List<PlaceAt> mine = objectsOf.get(c);
          int cueEnd = cues.get(c).to;
          mine.removeIf(p -> enumerated.contains(p) && p.word > cueEnd + 6);
        }
      }
      // each date goes to the nearest cue that can make a claim, each cue takes at most one date;
      // a comma between a date and a cue after it loosens the bond
      List<DateMatch> usable = new ArrayList<>();
      for (DateMatch d : dates) if (d.isResolved() && d.value() != null && !isPrintedPublicationDate(d)) usable.add(d);
      DateMatch[] dateOf = new DateMatch[cues.size()];
      boolean[] usedDate = new boolean[usable.size()];
      List<int[]> pairs = new ArrayList<>();
      for (int c = 0; c < cues.size(); c++) {
        for (int d = 0; d < usable.size(); d++) {
          int dw = wordAtOriginal(usable.get(d).span().start());
          int dwEnd = wordAtOriginal(Math.max(usable.get(d).span().start(), usable.get(d).span().end() - 1)) + 1;
          Cue cue = cues.get(c);
          // rule event.ongoing-since: "القتال المتواصل منذ نيسان": an ongoing activity is dated only by
          // the date it has gone on since, which is when it began
          if (cue.sinceOnly && usable.get(d).qualifier() != DateMatch.Qualifier.SINCE) continue;
          int dist = dwEnd <= cue.from ? cue.from - dwEnd + 2 : dw >= cue.to ? dw - cue.to : 0;
          if (dwEnd <= cue.from && commaBetween(usable.get(d).span().end(), cue.from)) dist += 6;
          if (dw >= cue.to && cue.background && commaBetween(originalSpanOfWords(cue.to - 1, cue.to).end(), dw)) dist += 6;
          // rule event.dated-without-place: a dated cue with no place still dates its event, but a
          // cue with a place is preferred for the same date
          if (objectsOf.get(c).isEmpty() && !NEEDS_NO_PLACE.contains(cue.type)
              && figureObject(cue, c + 1 < cues.size() ? cues.get(c + 1).from : s.to())) {
            continue;
          }
          if (objectsOf.get(c).isEmpty()) {
            // ... only by a date that names its time ("in recent weeks" dates no capture), and only
            // in a main clause ("بعد خسارته في نوفمبر" is background to what the sentence reports)
            if (!NEEDS_NO_PLACE.contains(cue.type)) {
              if (!closed(usable.get(d).value()) || cue.background) continue;
              dist += PLACELESS_PENALTY;
            }
          }
          pairs.add(new int[] {dist, c, d});
        }
      }
      pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : a[1] != b[1] ? Integer.compare(a[1], b[1])
          : Integer.compare(a[2], b[2]));
      for (int[] p : pairs) {
        if (p[0] > DATE_MAX_DISTANCE || dateOf[p[1]] != null || usedDate[p[2]] || cues.get(p[1]).purpose) continue;
        dateOf[p[1]] = usable.get(p[2]);
        usedDate[p[2]] = true;
      }
      // rule event.date-of-report: "أكد القائد السبت أن القوات حررت الحي": an event reported in a
      // that-clause with no date of its own is dated by the report
      for (int c = 0; c < cues.size(); c++) {
        if (dateOf[c] != null || cues.get(c).purpose) continue;
        DateMatch report = reportDate(cues.get(c), usable, s);
        if (report != null) dateOf[c] = report;
      }
      for (int c = 0; c < cues.size(); c++) {
        for (int d = 0; d < usable.size(); d++) if (dateOf[c] == usable.get(d)) usedDate[d] = true;
      }
      statements(s, usable, usedDate, attribution);
      for (int c = 0; c < cues.size(); c++) {
        Cue cue = cues.get(c);
        if (cue.purpose) continue;
        List<PlaceAt> objects = objectsOf.get(c);
        DateMatch d = dateOf[c];
        DateValue when;
        org.crosscheck.claim.Span valueSpan;
        if (d != null) {
          when = d.value();
          valueSpan = new org.crosscheck.claim.Span(d.span().start(), d.span().end());
        } else {
          boolean verbalNoun = !cue.implicit;
          // a verbal noun reports an event only when a verb of completion governs it ("أنجزت … تحرير")
          boolean completed = false;
          for (int i = cue.from - 1; i >= Math.max(s.from(), cue.from - 8); i--) {
            if (EVENTS.match(texts, i) != null) break;
            if (COMPLETION.contains(stripped(texts.get(i)))) completed = true;
          }
          // an event about a place named before needs a date of its own: "التي استعادتها القوات" recalls
          if (cue.background || anchor == null || objects.isEmpty() || anaphoric[c] || (verbalNoun && !completed)) continue;
          when = new DateValue.OnDay(anchor);
          int end = objects.get(objects.size() - 1).toWord;
          valueSpan = originalSpanOfWords(cue.from, Math.max(end, cue.to));
        }
        if (objects.isEmpty() && !NEEDS_NO_PLACE.contains(cue.type) && d == null) continue;
        EventType type = EventType.byId(cue.type).orElseGet(() -> EventType.of(cue.type));
        List<org.crosscheck.claim.Place> targets = new ArrayList<>();
        for (PlaceAt o : objects) if (!targets.contains(o.place)) targets.add(o.place);
        if (targets.size() > 1 && objects.stream().allMatch(this::country)) {
          targets = List.of(org.crosscheck.claim.Place.union(targets.toArray(new org.crosscheck.claim.Place[0])));
          objects = List.of(objects.get(0));
        }
        if (targets.isEmpty()) targets.add(org.crosscheck.claim.Place.NOWHERE);
        for (int k = 0; k < targets.size(); k++) {
          org.crosscheck.claim.Place target = targets.get(k);
          Scope scope = objects.isEmpty() ? Scope.WHOLE : objects.get(k).scope;
          String key = type.id() + "|" + target.id() + "|" + when + "|" + scope + "|" + attribution;
          if (!seenEvents.add(key)) continue;
          add(Subject.NONE, Measures.EVENT_DATE, type, target, scope, when, attribution,
              evidence(s, new Span(valueSpan.start(), valueSpan.end())), Modality.ASSERTED);
        }
      }
    }

    /**
     * Rule {@code place.anaphor}: the place an event is about when the text names it before, by a
     * pronoun on the verb (اقتحمتها)، a resumptive word after it (عليها، منها) or a definite noun
     * (المدينة، البلدة) within {@link #ANAPHOR_WINDOW} words. In a relative clause (التي، الذي just
     * before the verb) that is the nearest place before; otherwise the first place of the sentence
     * before the verb (its topic), else the first town or province of the nearest sentence before.
     */
    @Nullable PlaceAt antecedent(Cue cue, Sentence s, List<PlaceAt> here) {
      String cueWord = texts.get(cue.to - 1);
      boolean pronoun = cue.to - cue.from == 1 && !CueTable.uninflected(stripped(cueWord)).isEmpty()
          && (cueWord.endsWith("ها") || cueWord.endsWith("ه") || cueWord.endsWith("هم"));
      boolean anaphor = pronoun;
      for (int k = cue.to; k < Math.min(s.to(), cue.to + ANAPHOR_WINDOW) && !anaphor; k++) {
        String t = texts.get(k);
        if (RESUMPTIVE.contains(t) || ANAPHORIC_NOUNS.contains(stripped(t)) || ANAPHORIC_NOUNS.contains(t)) anaphor = true;
      }
      if (!anaphor) return null;
      boolean relative = false;
      for (int k = Math.max(s.from(), cue.from - 3); k < cue.from; k++) {
        String t = texts.get(k);
        if (RELATIVE.contains(t) || RELATIVE.contains(stripped(t))) relative = true;
      }
      PlaceAt nearest = null;
      PlaceAt topic = null;
      for (PlaceAt p : here) {
        if (p.word >= cue.from || country(p)) continue;
        if (topic == null) topic = p;
        nearest = p;
      }
      if (relative && nearest != null) return nearest;
      if (topic != null) return topic;
      int sentence = words.get(cue.from).sentence();
      for (int back = sentence - 1; back >= Math.max(0, sentence - ANAPHOR_SENTENCES); back--) {
        for (PlaceAt p : pBySentence.getOrDefault(back, List.of())) if (!country(p)) return p;
      }
      return null;
    }

    /** "حررت ثلاثة أرباع القضاء": the verb's object is a figure, which is the claim; no event of its own. */
    boolean figureObject(Cue cue, int until) {
      for (int qw : qWordsBySentence.getOrDefault(words.get(cue.from).sentence(), List.of())) {
        if (qw >= cue.to && qw < Math.min(until, cue.to + 3)) return true;
      }
      return false;
    }

    /** A day, a month, a year or a span: not an open "before"/"after" bound. */
    boolean closed(@Nullable DateValue v) {
      return v != null && !(v instanceof DateValue.Before) && !(v instanceof DateValue.After);
    }

    /** The date of the report an undated event is told in: a date before a "that" (أن، إن، بأن) that comes before the cue. */
    @Nullable DateMatch reportDate(Cue cue, List<DateMatch> usable, Sentence s) {
      DateMatch best = null;
      for (DateMatch d : usable) {
        int dwEnd = wordAtOriginal(Math.max(d.span().start(), d.span().end() - 1)) + 1;
        if (dwEnd > cue.from || dwEnd < s.from()) continue;
        boolean that = false;
        for (int k = dwEnd; k < cue.from; k++) if (THAT.contains(texts.get(k))) that = true;
        if (that) best = d;
      }
      return best;
    }

    /**
     * Rule {@code event.statement-date}: a date left to no event but said of a speech verb within
     * {@link #STATEMENT_WINDOW} words ("كتب المتحدث على حسابه أمس الثلاثاء أن …") dates the statement.
     */
    void statements(Sentence s, List<DateMatch> usable, boolean[] used, Attribution attribution) {
      for (int d = 0; d < usable.size(); d++) {
        if (used[d]) continue;
        DateMatch date = usable.get(d);
        if (!(date.value() instanceof DateValue.OnDay)) continue;
        int dw = wordAtOriginal(date.span().start());
        if (dw < s.from() || dw >= s.to()) continue;
        boolean spoken = false;
        for (int k = Math.max(s.from(), dw - STATEMENT_WINDOW); k < Math.min(s.to(), dw + 3) && !spoken; k++) {
          CueTable.Hit<String> h = SPEECH.match(texts, k);
          if (h != null && h.value().equals("verb")) spoken = true;
          if (STATEMENT_VERBS.contains(stripped(texts.get(k))) || STATEMENT_VERBS.contains(texts.get(k))) spoken = true;
        }
        if (!spoken) continue;
        String key = "statement|" + date.value() + "|" + attribution;
        if (!seenEvents.add(key)) continue;
        add(Subject.NONE, Measures.EVENT_DATE, EventType.of("statement"), org.crosscheck.claim.Place.NOWHERE, Scope.WHOLE,
            date.value(), attribution, evidence(s, date.span()), Modality.ASSERTED);
      }
    }

    boolean commaBetween(int originalEnd, int cueWord) {
      int to = originalSpanOfWords(cueWord, cueWord + 1).start();
      for (int i = originalEnd; i < to && i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\u060C' || c == ',') return true;
      }
      return false;
    }

    /** A date printed as the publication date of the article (a dateline), not the date of an event. */
    boolean isPrintedPublicationDate(DateMatch d) {
      int w = wordAtOriginal(d.span().start());
      return w >= 0 && sentences.get(words.get(w).sentence()).skipped();
    }

    /**
     * The places an event cue is about: those after it up to the next cue (and those an enumeration
     * "أبرزها …" names later), countries only when no town or province is named.
     */
    List<PlaceAt> objects(Cue cue, int until, List<PlaceAt> here, Sentence s, List<Cue> firstOfMany) {
      List<PlaceAt> out = new ArrayList<>();
      for (PlaceAt p : here) if (p.word >= cue.to && p.word < Math.min(until, cue.to + 18)) out.add(p);
      // "خسر 95% من الأراضي": the verb's object is a figure, not a place
      if (!out.isEmpty()) {
        int firstObject = out.get(0).word;
        for (int qw : qWordsBySentence.getOrDefault(words.get(cue.from).sentence(), List.of())) {
          if (qw >= cue.to && qw < firstObject) return List.of();
        }
      }
      // places inside a relative clause ("المعبر الذي يربط القائم والبوكمال") describe the object:
      // the first one locates it, the others do not
      if (out.size() > 1) {
        for (int i = cue.to; i < out.get(0).word; i++) {
          if (RELATIVE.contains(texts.get(i))) {
            PlaceAt first = out.get(0);
            out.clear();
            out.add(first);
            break;
          }
        }
      }
      if (!firstOfMany.isEmpty()) {
        for (int i = cue.to; i < s.to(); i++) {
          String t = texts.get(i);
          if (t.equals("ابرزها") || t.equals("اهمها") || t.equals("ابرزهما")) {
            for (PlaceAt p : here) if (p.word > i && p.word <= i + 6 && !out.contains(p)) out.add(p);
          }
        }
      }
      boolean hasLocal = out.stream().anyMatch(p -> p.gazetteer.type() != Place.Type.COUNTRY);
      if (hasLocal) out.removeIf(p -> p.gazetteer.type() == Place.Type.COUNTRY);
      // a province named after a town ("البوكمال في محافظة دير الزور") only locates the town
      if (out.size() > 1) {
        List<PlaceAt> inner = out.stream().filter(p -> out.stream().noneMatch(o -> o != p && p.place.contains(o.place)))
            .filter(p -> !(p.scope.extent() == Scope.Extent.PROVINCE && out.indexOf(p) > 0)).toList();
        return inner;
      }
      return out;
    }

    // ---- status ---------------------------------------------------------------------------------

    /** "ما زال التنظيم متواجدا في بلدة راوة": the party still holds the place. */
    void status(Sentence s, List<PlaceAt> here, Attribution attribution) {
      for (int i = s.from(); i + 2 < s.to(); i++) {
        if (!STILL.contains(stripped(texts.get(i)))) continue;
        int presence = -1;
        for (int k = i + 1; k < Math.min(s.to(), i + 7); k++) if (PRESENCE.contains(stripped(texts.get(k)))) presence = k;
        if (presence < 0) continue;
        PlaceAt place = null;
        for (PlaceAt p : here) if (p.word > presence && p.word <= presence + 4) place = place == null ? p : place;
        if (place == null) continue;
        String party = mainArmed;
        for (int k = i + 1; k < presence; k++) {
          CueTable.Hit<String[]> h = ACTORS.match(texts, k);
          if (h != null) party = resolve(h.value());
        }
        if (party == null) return;
        int from = i > s.from() && (texts.get(i - 1).equals("ما") || texts.get(i - 1).equals("لا")) ? i - 1 : i;
        org.crosscheck.claim.Span span = originalSpanOfWords(from, place.toWord);
        add(Subject.of(party), Measures.CONTROL, EventType.NONE, place.place, Scope.WHOLE, Label.of("held by " + party),
            attribution, evidence(s, new Span(span.start(), span.end())), Modality.ASSERTED);
        return;
      }
    }

    // ---- claims ---------------------------------------------------------------------------------

    /** The evidence of a value in sentence {@code s}; claims of one sentence share its quote string. */
    Evidence evidence(Sentence s, Span value) {
      int start = s.start();
      int end = s.end();
      while (start < end && Character.isWhitespace(text.charAt(start))) start++;
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
      start = Math.min(start, value.start());
      end = Math.max(end, value.end());
      String quote = quotes.computeIfAbsent(((long) start << 32) | end, k -> text.substring((int) (k >>> 32), (int) (long) k));
      return new Evidence(article.id(), new org.crosscheck.claim.Span(value.start(), value.end()),
          new org.crosscheck.claim.Span(start, end), quote);
    }

    final Map<Long, String> quotes = new HashMap<>();

    /** A claim built in one step, with its id (no content hash to compute). */
    void add(Subject subject, Measure measure, EventType event, org.crosscheck.claim.Place place, Scope scope,
        org.crosscheck.value.Value value, Attribution attribution, Evidence evidence, Modality modality) {
      claims.add(new Claim(idPrefix + (claims.size() + 1), subject, measure, event, place, scope, null, value, attribution,
          evidence, modality));
    }

    Diagnostic convert(org.crosscheck.arabic.Diagnostic d) {
      org.crosscheck.claim.Span span = d.span() == null ? null : new org.crosscheck.claim.Span(d.span().start(), d.span().end());
      Diagnostic.Severity severity = switch (d.code()) {
        case "text.empty", "text.no-letters", "text.not-arabic" -> Diagnostic.Severity.ERROR;
        case "text.broken-encoding", "date.unresolved", "date.anchor-from-text", "date.hijri-out-of-range" -> Diagnostic.Severity.WARNING;
        default -> Diagnostic.Severity.INFO;
      };
      return new Diagnostic(severity, d.code(), d.message(), span);
    }
  }

  static String[] split(String s) {
    return Arrays.stream(s.split(" ")).filter(x -> !x.isEmpty()).toArray(String[]::new);
  }
}
