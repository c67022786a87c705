package org.crosscheck.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.rules.EventRelation;
import org.crosscheck.rules.HedgeWidth;
import org.crosscheck.rules.Presupposition;
import org.crosscheck.rules.Rule;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Tolerance;
import org.crosscheck.rules.VagueInterval;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.Interval;
import org.crosscheck.value.Numbers;
import org.crosscheck.value.VagueQuantifier;

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
 *   "hedges": [{"hedge": "about", "width": 0.05}],
 *   "vague": [{"quantifier": "a-few-thousand", "low": 3000, "high": 9000}],
 *   "events": [{"same": ["announced", "declared"]}, {"precedes": ["siege-broken", "entered"]}],
 *   "presuppose_control": ["fighters"]
 * }
 * }</pre>
 *
 * A rule whose id the base already has replaces it; others are added.
 */
public final class RuleSetJson {
  private RuleSetJson() {}

  /**
   * Reads a rule set file.
   *
   * @throws FormatException naming the file and the bad member
   */
  public static RuleSet read(Path file) throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    JsonNode n;
    try {
      n = ClaimJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new FormatException(file.toString(), e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
          e.getLocation() == null ? 1 : e.getLocation().getColumnNr(), "not valid JSON: " + e.getOriginalMessage(), e);
    }
    try {
      return parse(n);
    } catch (RuntimeException e) {
      throw new FormatException(file.toString(), 1, 1, e.getMessage(), e);
    }
  }

  static RuleSet parse(JsonNode n) {
    String base = n.path("base").asText("defaults");
    RuleSet set = switch (base) {
      case "defaults" -> RuleSet.defaults();
      case "none" -> RuleSet.named("none");
      default -> throw new IllegalArgumentException("\"base\" is \"defaults\" or \"none\", got \"" + base + "\"");
    };
    set = set.renamed(n.path("name").asText(base));
    for (JsonNode id : n.path("without")) set = set.without(id.asText());
    for (JsonNode t : n.path("tolerances")) {
      Tolerance.Spec spec = t.has("relative") ? Tolerance.relative(t.get("relative").asDouble())
          : Tolerance.absolute(t.path("absolute").asDouble());
      Tolerance tol = t.has("measure") ? spec.forMeasure(measure(t.get("measure").asText()))
          : spec.forKind(Measure.Kind.valueOf(t.path("kind").asText()));
      set = put(set, because(tol, t));
    }
    for (JsonNode h : n.path("hedges")) {
      set = put(set, because(HedgeWidth.of(hedge(h.path("hedge").asText()), h.path("width").asDouble()), h));
    }
    for (JsonNode v : n.path("vague")) {
      BigDecimal lo = Numbers.canon(v.path("low").decimalValue());
      Interval iv = v.hasNonNull("high") ? Interval.closed(lo, Numbers.canon(v.get("high").decimalValue()))
          : Interval.atLeast(lo);
      set = put(set, because(VagueInterval.of(quantifier(v.path("quantifier").asText()), iv), v));
    }
    for (JsonNode e : n.path("events")) {
      if (e.has("same")) {
        set = put(set, because(EventRelation.sameEvent(event(e.get("same").get(0).asText()),
            event(e.get("same").get(1).asText())), e));
      } else if (e.has("precedes")) {
        set = put(set, because(EventRelation.precedes(event(e.get("precedes").get(0).asText()),
            event(e.get("precedes").get(1).asText())), e));
      } else {
        throw new IllegalArgumentException("an \"events\" entry is {\"same\": [a, b]} or {\"precedes\": [a, b]}, got " + e);
      }
    }
    for (JsonNode m : n.path("presuppose_control")) set = put(set, Presupposition.control(measure(m.asText())));
    return set;
  }

  private static Rule because(Rule r, JsonNode n) {
    return n.has("because") ? r.because(n.get("because").asText()) : r;
  }

  private static RuleSet put(RuleSet set, Rule r) {
    return set.contains(r.id()) ? set.replacing(r) : set.with(r);
  }

  private static Measure measure(String id) {
    return Measures.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown measure '" + id + "'; built-in: "
        + Measures.all().stream().map(Measure::id).toList()));
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
    throw new IllegalArgumentException("unknown vague quantifier '" + id + "'");
  }
}
