package org.crosscheck.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Place;
import org.crosscheck.extract.DeclaredMeasure;
import org.crosscheck.rules.EventRelation;
import org.crosscheck.rules.GroupingRule;
import org.crosscheck.rules.HedgeWidth;
import org.crosscheck.rules.Presupposition;
import org.crosscheck.rules.Rule;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Supersession;
import org.crosscheck.rules.Tolerance;
import org.crosscheck.rules.VagueInterval;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.Interval;
import org.crosscheck.value.internal.Numbers;
import org.crosscheck.value.VagueQuantifier;
import org.jspecify.annotations.Nullable;

/**
 * A rule set described in JSON, for the command line (rules with code are written in Java). The
 * parameters of the built-in rule kinds can be set; rules of the base set can be removed or
 * replaced:
 *
 * <pre>{@code
 * {
 *   "name": "newsroom",
 *   "base": "defaults",
 *   "without": ["scope.agree-across-scopes"],
 *   "tolerances": [{"measure": "fighters", "relative": 0.1, "because": "wire copy rounds counts"},
 *                  {"kind": "EVENT_DATE", "absolute": 1}],
 *   "measures": [{"id": "aid-trucks", "label": "aid trucks", "kind": "COUNT", "trend": "VARIES",
 *                 "nouns": {"en": ["aid truck", "truck of aid"], "ar": ["شاحنة مساعدات"]}}],
 *   "hedges": [{"hedge": "about", "width": 0.05}],
 *   "vague": [{"quantifier": "a-few-thousand", "low": 3000, "high": 9000}],
 *   "events": [{"same": ["announced", "declared"]}, {"converse": ["withdrew", "captured"]},
 *              {"precedes": ["siege-broken", "entered"]}, {"announces": ["declared-victory", "captured"]}],
 *   "presuppose_control": ["fighters"],
 *   "grouping": {"current_window_days": 2, "event_sequence_too_wide": ["COUNTRY", "REGION", "UNION"],
 *                "focus_place_min_share": 0.4, "local_figures": true, "majority_family": true}
 * }
 * }</pre>
 *
 * A rule whose id the base already has replaces it; others are added.
 */
public final class RuleSetJson {
  private RuleSetJson() {}

  /**
   * What a rules file holds: the rule set, and the measures it declares with the nouns that name them
   * (its {@code "measures"}), which extractors read through {@link Pipeline#withMeasures}, so that one
   * file drives extraction and reconciliation.
   *
   * <p>Immutable and thread-safe.
   *
   * @param rules the rule set
   * @param measures the declared measures, in file order
   */
  public record RulesFile(RuleSet rules, ImmutableList<DeclaredMeasure> measures) {
    /** A rules file's contents. */
    public RulesFile {
      com.google.common.base.Preconditions.checkNotNull(rules, "rules");
      measures = ImmutableList.copyOf(measures);
    }

    /** A rule set that declares no measure (one made in Java). */
    public static RulesFile of(RuleSet rules) {
      return new RulesFile(rules, ImmutableList.of());
    }
  }

  /**
   * Reads a rules file: its rule set and the measures it declares.
   *
   * @throws FormatException naming the file and the bad member
   */
  public static RulesFile readFile(Path file) throws IOException {
    String json = StrictJson.readUtf8(file, "a rules file");
    JsonNode n;
    try {
      n = ClaimJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new FormatException(file.toString(), e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
          e.getLocation() == null ? 1 : e.getLocation().getColumnNr(), "not valid JSON: " + e.getOriginalMessage(), e);
    }
    try {
      return parseFile(n);
    } catch (JsonPathException e) {
      long[] at = StrictJson.locate(json, e.pointer());
      throw new FormatException(file.toString(), at[0], at[1], e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new FormatException(file.toString(), 1, 1, e.getMessage(), e);
    }
  }

  /**
   * Reads a rule set file; the nouns of its measures are not read (see {@link #readFile}).
   *
   * @throws FormatException naming the file and the bad member
   */
  public static RuleSet read(Path file) throws IOException {
    return readFile(file).rules();
  }

  static RuleSet parse(JsonNode n) {
    return parseFile(n).rules();
  }

  static RulesFile parseFile(JsonNode n) {
    require(n.isObject(), "a rules file is a JSON object like {\"name\": \"newsroom\", \"tolerances\": [...]}, got "
        + kind(n));
    members(n, "the rules file", "name", "base", "without", "measures", "tolerances", "hedges", "vague", "events",
        "presuppose_control", "grouping");
    String base = string(n, "base", "the rules file", "defaults");
    RuleSet set = switch (base) {
      case "defaults" -> RuleSet.defaults();
      case "none" -> RuleSet.empty("none");
      default -> throw new IllegalArgumentException("\"base\" is \"defaults\" or \"none\", got \"" + base + "\"");
    };
    String name = string(n, "name", "the rules file", base);
    for (JsonNode id : array(n, "without")) {
      require(id.isTextual(), "\"without\" lists rule ids (strings), got " + id);
      set = set.without(id.asText());
    }
    Map<String, DeclaredMeasure> declared = measures(n);
    Map<String, Measure> measures = new java.util.LinkedHashMap<>();
    declared.forEach((id, d) -> measures.put(id, d.measure()));
    int i = 0;
    for (JsonNode t : array(n, "tolerances")) {
      String at = "tolerances[" + i++ + "]";
      members(t, at, "measure", "kind", "relative", "absolute", "because");
      require(t.has("relative") != t.has("absolute"), at + " needs exactly one of \"relative\" (a fraction, 0.1 for"
          + " ±10%) or \"absolute\" (an amount in the measure's unit), got " + t);
      require(t.has("measure") != t.has("kind"), at + " needs exactly one of \"measure\" (a measure id) or \"kind\""
          + " (" + names(Measure.Kind.values()) + "), got " + t);
      double amount = number(t, t.has("relative") ? "relative" : "absolute", at);
      require(amount >= 0 && (amount <= 1 || !t.has("relative")), at + (t.has("relative")
          ? ".relative is a fraction between 0 and 1 (0.1 for ±10%), got " : ".absolute cannot be negative, got ")
          + t.get(t.has("relative") ? "relative" : "absolute"));
      Tolerance.Spec spec = t.has("relative") ? Tolerance.relative(amount) : Tolerance.absolute(amount);
      Tolerance tol = t.has("measure") ? spec.forMeasure(measure(string(t, "measure", at, null), measures))
          : spec.forKind(ClaimJson.enumValue(Measure.Kind.class, at + ".kind", string(t, "kind", at, null)));
      set = put(set, because(tol, t, at));
    }
    i = 0;
    for (JsonNode h : array(n, "hedges")) {
      String at = "hedges[" + i++ + "]";
      members(h, at, "hedge", "width", "because");
      set = put(set, because(HedgeWidth.of(hedge(string(h, "hedge", at, null)), number(h, "width", at)), h, at));
    }
    i = 0;
    for (JsonNode v : array(n, "vague")) {
      String at = "vague[" + i++ + "]";
      members(v, at, "quantifier", "low", "high", "because");
      BigDecimal lo = Numbers.canon(decimal(v, "low", at));
      Interval iv = v.hasNonNull("high") ? Interval.closed(lo, Numbers.canon(decimal(v, "high", at)))
          : Interval.atLeast(lo);
      set = put(set, because(VagueInterval.of(quantifier(string(v, "quantifier", at, null)), iv), v, at));
    }
    i = 0;
    for (JsonNode e : array(n, "events")) {
      String at = "events[" + i++ + "]";
      members(e, at, "same", "converse", "precedes", "announces", "because");
      List<String> kinds = List.of("same", "converse", "precedes", "announces");
      List<String> given = kinds.stream().filter(e::has).toList();
      require(given.size() == 1, "an \"events\" entry is {\"same\": [a, b]}, {\"converse\": [a, b]}, {\"precedes\":"
          + " [a, b]} or {\"announces\": [a, b]}, got " + e);
      String relation = given.get(0);
      JsonNode pair = e.get(relation);
      require(pair.isArray() && pair.size() == 2 && pair.get(0).isTextual() && pair.get(1).isTextual(),
          at + "." + relation + " must be two event ids, like [\"captured\", \"entered\"], got " + pair);
      EventType a = event(pair.get(0).asText());
      EventType b = event(pair.get(1).asText());
      EventRelation r = switch (relation) {
        case "same" -> EventRelation.sameEvent(a, b);
        case "converse" -> EventRelation.converse(a, b);
        case "announces" -> EventRelation.announces(a, b);
        default -> EventRelation.precedes(a, b);
      };
      set = put(set, because(r, e, at));
    }
    for (JsonNode m : array(n, "presuppose_control")) {
      require(m.isTextual(), "\"presuppose_control\" lists measure ids (strings), got " + m);
      set = put(set, Presupposition.control(measure(m.asText(), measures)));
    }
    JsonNode grouping = n.get("grouping");
    if (grouping != null && !grouping.isNull()) set = grouping(set, grouping);
    // named last: the file's name is the name of the set it describes; without one, a changed base
    // says it is changed ("defaults (customized)")
    return new RulesFile(n.has("name") ? set.named(name) : set, ImmutableList.copyOf(declared.values()));
  }

  /** The {@code grouping} member: the parameters of the grouping rules, or false to drop one. */
  private static RuleSet grouping(RuleSet set, JsonNode g) {
    String at = "grouping";
    members(g, at, "current_window_days", "event_sequence_too_wide", "focus_place_min_share", "local_figures",
        "majority_family", "sole_party", "nested_events_max_span_days", "nested_figures_counts", "status_with_change", "story_events");
    if (g.has("current_window_days")) {
      JsonNode d = g.get("current_window_days");
      if (d.isBoolean() && !d.asBoolean()) {
        set = drop(set, Supersession.ID);
      } else {
        require(d.isInt() && d.asInt() >= 0, at + ".current_window_days is a whole number of days >= 0 (or false to"
            + " supersede nothing), got " + d);
        set = put(set, Supersession.currentWithin(d.asInt()));
      }
    }
    if (g.has("event_sequence_too_wide")) {
      JsonNode w = g.get("event_sequence_too_wide");
      require(w.isArray(), at + ".event_sequence_too_wide lists place types (" + names(Place.Type.values()) + "), got "
          + w);
      List<Place.Type> types = new java.util.ArrayList<>();
      int i = 0;
      for (JsonNode t : w) {
        require(t.isTextual(), at + ".event_sequence_too_wide lists place types (strings), got " + t);
        types.add(ClaimJson.enumValue(Place.Type.class, at + ".event_sequence_too_wide[" + i++ + "]", t.asText()));
      }
      set = put(set, GroupingRule.SequenceWidth.tooWide(types.toArray(new Place.Type[0])));
    }
    if (g.has("focus_place_min_share")) {
      JsonNode f = g.get("focus_place_min_share");
      if (f.isBoolean() && !f.asBoolean()) {
        set = drop(set, GroupingRule.FOCUS_PLACE);
      } else {
        require(f.isNumber() && f.asDouble() > 0 && f.asDouble() <= 1, at + ".focus_place_min_share is a share in"
            + " (0, 1], like 0.5 (or false to leave placeless claims placeless), got " + f);
        set = put(set, GroupingRule.FocusPlace.atLeast(f.asDouble()));
      }
    }
    set = toggle(set, g, at, "local_figures", GroupingRule.LocalFigures.standard());
    set = toggle(set, g, at, "majority_family", GroupingRule.MajorityFamily.standard());
    set = toggle(set, g, at, "sole_party", GroupingRule.SoleParty.standard());
    set = toggle(set, g, at, "status_with_change", GroupingRule.StatusWithChange.standard());
    if (g.has("nested_events_max_span_days")) {
      JsonNode d = g.get("nested_events_max_span_days");
      if (d.isBoolean() && !d.asBoolean()) {
        set = drop(set, GroupingRule.NESTED_EVENTS);
      } else {
        require(d.isInt() && d.asInt() >= 1, at + ".nested_events_max_span_days is a whole number of days >= 1, like"
            + " 31 (or false to keep events at nested places in linked groups), got " + d);
        set = put(set, GroupingRule.NestedEvents.spanningAtMost(d.asInt()));
      }
    }
    if (g.has("nested_figures_counts")) {
      JsonNode m = g.get("nested_figures_counts");
      if (m.isBoolean() && !m.asBoolean()) {
        set = drop(set, GroupingRule.NESTED_FIGURES);
      } else {
        require(m.isArray(), at + ".nested_figures_counts lists count measure ids, like [\"fighters\"] (or false to"
            + " keep figures at nested places in linked groups), got " + m);
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode id : m) {
          require(id.isTextual(), at + ".nested_figures_counts lists measure ids (strings), got " + id);
          ids.add(id.asText());
        }
        set = put(set, GroupingRule.NestedFigures.counting(ids.toArray(new String[0])));
      }
    }
    if (g.has("story_events")) {
      JsonNode m = g.get("story_events");
      if (m.isBoolean() && !m.asBoolean()) {
        set = drop(set, GroupingRule.STORY_EVENTS);
      } else {
        require(m.isArray(), at + ".story_events lists event class ids, like [\"declared\"] (or false to leave such"
            + " events at their focus places), got " + m);
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode id : m) {
          require(id.isTextual(), at + ".story_events lists event class ids (strings), got " + id);
          ids.add(id.asText());
        }
        set = put(set, GroupingRule.StoryEvents.ofClasses(ids.toArray(new String[0])));
      }
    }
    return set;
  }

  private static RuleSet toggle(RuleSet set, JsonNode g, String at, String member, Rule rule) {
    if (!g.has(member)) return set;
    JsonNode v = g.get(member);
    require(v.isBoolean(), at + "." + member + " is true or false, got " + v);
    return v.asBoolean() ? (set.contains(rule.id()) ? set : set.with(rule)) : drop(set, rule.id());
  }

  private static RuleSet drop(RuleSet set, String id) {
    return set.contains(id) ? set.without(id) : set;
  }

  /** A place in a rules file as the messages name it: {@code grouping}, {@code tolerances[0]}. */
  private static final java.util.regex.Pattern WHERE = java.util.regex.Pattern.compile("([a-z_]+)(?:\\[(\\d+)\\])?");

  /** Refuses members other than {@code known}, so that a misspelt member is not silently ignored. */
  private static void members(JsonNode n, String where, String... known) {
    require(n.isObject(), where + " must be a JSON object, got " + kind(n));
    List<String> allowed = List.of(known);
    n.fieldNames().forEachRemaining(f -> {
      if (allowed.contains(f)) return;
      String near = StrictJson.nearest(f, allowed);
      // the message names where already; the path is kept to give the member's line and column
      List<Object> path = new java.util.ArrayList<>();
      java.util.regex.Matcher m = WHERE.matcher(where);
      if (!where.equals("the rules file") && m.matches()) {
        path.add(m.group(1));
        if (m.group(2) != null) path.add(Integer.valueOf(m.group(2)));
      }
      path.add(f);
      throw new JsonPathException(path, "unknown member \"" + f + "\" in " + where + "; known members: "
          + String.join(", ", allowed) + (near == null ? "" : "; did you mean \"" + near + "\"?"), null, false);
    });
  }

  private static Iterable<JsonNode> array(JsonNode n, String field) {
    JsonNode a = n.get(field);
    if (a == null || a.isNull()) return List.of();
    require(a.isArray(), "\"" + field + "\" must be a JSON array, got " + kind(a));
    return a;
  }

  private static String string(JsonNode n, String field, String where, @Nullable String otherwise) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      if (otherwise == null) throw new IllegalArgumentException(where + " needs \"" + field + "\"");
      return otherwise;
    }
    require(v.isTextual(), where + "." + field + " must be a string, got " + v);
    return v.asText();
  }

  private static BigDecimal decimal(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    require(v != null && !v.isNull(), where + " needs \"" + field + "\" (a number)");
    require(v.isNumber(), where + "." + field + " must be a number, got " + v);
    return v.decimalValue();
  }

  private static double number(JsonNode n, String field, String where) {
    return decimal(n, field, where).doubleValue();
  }

  private static String kind(JsonNode n) {
    return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String names(Enum<?>[] values) {
    return String.join(", ", java.util.Arrays.stream(values).map(Enum::name).toList());
  }

  private static void require(boolean ok, String message) {
    if (!ok) throw new IllegalArgumentException(message);
  }

  private static Rule because(Rule r, JsonNode n, String where) {
    return n.has("because") ? r.because(string(n, "because", where, null)) : r;
  }

  private static RuleSet put(RuleSet set, Rule r) {
    return set.contains(r.id()) ? set.replacing(r) : set.with(r);
  }

  /**
   * The measures the file declares ({@code "measures": [{"id", "label", "kind", "trend", "nouns"}]}):
   * what its tolerances and presuppositions may name beside the built-in ones, what the extractors
   * read where a figure counts one of their nouns, and what claims of other tools may count (aid
   * workers killed, trucks let in, people food-insecure).
   */
  private static Map<String, DeclaredMeasure> measures(JsonNode n) {
    Map<String, DeclaredMeasure> declared = new java.util.LinkedHashMap<>();
    int i = 0;
    for (JsonNode m : array(n, "measures")) {
      String at = "measures[" + i++ + "]";
      require(m.isObject(), at + " is an object like {\"id\": \"aid-workers-killed\", \"label\": \"aid workers"
          + " killed\", \"kind\": \"COUNT\", \"trend\": \"INCREASES\"}, got " + kind(m));
      members(m, at, "id", "label", "kind", "trend", "nouns");
      String id = string(m, "id", at, null);
      require(!id.isBlank() && id.equals(id.strip()), at + ".id must be a non-blank id without surrounding spaces, got \""
          + id + "\"");
      require(Measures.byId(id).isEmpty(), at + ".id \"" + id + "\" is a built-in measure; declare only new ones");
      require(!declared.containsKey(id), at + ".id \"" + id + "\" is declared twice");
      Measure.Kind k = ClaimJson.enumValue(Measure.Kind.class, at + ".kind", string(m, "kind", at, null));
      Measure.Trend t = ClaimJson.enumValue(Measure.Trend.class, at + ".trend", string(m, "trend", at, null));
      Measure measure = new Measure(id, string(m, "label", at, id), k, t);
      declared.put(id, new DeclaredMeasure(measure, nouns(m.get("nouns"), i - 1, measure)));
    }
    return declared;
  }

  /**
   * The {@code nouns} member of {@code measures[index]}: language codes to lists of nouns in the
   * singular, for a count measure; absent or null for none.
   */
  private static ImmutableSortedMap<String, ImmutableList<String>> nouns(@Nullable JsonNode nouns, int index,
      Measure measure) {
    if (nouns == null || nouns.isNull()) return ImmutableSortedMap.of();
    String at = "measures[" + index + "].nouns";
    List<Object> path = List.of("measures", index, "nouns");
    String like = "like {\"en\": [\"aid truck\", \"truck of aid\"], \"ar\": [\"\u0634\u0627\u062d\u0646\u0629"
        + " \u0645\u0633\u0627\u0639\u062f\u0627\u062a\"]}";
    if (!nouns.isObject()) {
      throw new JsonPathException(path, at + " maps language codes to the nouns in the singular that name what the"
          + " measure counts, " + like + "; got " + nouns, null, false);
    }
    if (measure.kind() != Measure.Kind.COUNT) {
      throw new JsonPathException(path, at + " names what a count counts, but \"" + measure.id() + "\" is of kind "
          + measure.kind() + "; declare it with \"kind\": \"COUNT\", or leave out its nouns", null, false);
    }
    ImmutableSortedMap.Builder<String, ImmutableList<String>> b = ImmutableSortedMap.naturalOrder();
    for (java.util.Iterator<Map.Entry<String, JsonNode>> it = nouns.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String lang = e.getKey();
      List<Object> here = List.of("measures", index, "nouns", lang);
      if (!lang.matches("[a-z]{2,3}")) {
        throw new JsonPathException(here, at + " has the language \"" + lang + "\"; use an ISO 639-1 code like \"en\""
            + " or \"ar\"", null, false);
      }
      JsonNode list = e.getValue();
      if (!list.isArray() || list.isEmpty()) {
        throw new JsonPathException(here, at + "." + lang + " is a non-empty list of nouns in the singular, like"
            + " [\"aid truck\"], got " + list, null, false);
      }
      ImmutableList.Builder<String> words = ImmutableList.builder();
      for (JsonNode w : list) {
        if (!w.isTextual() || w.asText().isBlank()) {
          throw new JsonPathException(here, at + "." + lang + " lists nouns as non-blank strings, like \"aid truck\";"
              + " got " + w, null, false);
        }
        words.add(w.asText().strip());
      }
      b.put(lang, words.build());
    }
    return b.build();
  }

  private static Measure measure(String id, Map<String, Measure> declared) {
    Measure m = declared.get(id);
    if (m != null) return m;
    return Measures.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown measure '" + id + "'; built-in: "
        + Measures.all().stream().map(Measure::id).toList() + (declared.isEmpty() ? ""
        : ", declared in \"measures\": " + List.copyOf(declared.keySet()))
        + "; declare a new one in \"measures\""));
  }

  private static EventType event(String id) {
    return EventType.byId(id).orElseGet(() -> EventType.of(id));
  }

  private static Hedge hedge(String id) {
    for (Hedge h : Hedge.values()) if (h.id().equals(id)) return h;
    throw new IllegalArgumentException("unknown hedge '" + id + "'; use about, approximately, nearly or estimated");
  }

  private static VagueQuantifier quantifier(String id) {
    for (VagueQuantifier q : VagueQuantifier.values()) if (q.id().equals(id)) return q;
    throw new IllegalArgumentException("unknown vague quantifier '" + id + "'; use one of "
        + String.join(", ", java.util.Arrays.stream(VagueQuantifier.values()).map(VagueQuantifier::id).toList()));
  }
}
