package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.crosscheck.claim.Measure;

/**
 * A measure whose figure presupposes that its subject still holds the place: "10,000 civilians
 * held in Rawa" presupposes the group still controls Rawa. Such a figure valid after the place
 * changed hands is an old figure restated.
 *
 * @param id stable id, {@code status.<measure>-presupposes-control}
 * @param description what it says
 * @param reasons why
 * @param measureId the measure
 */
public record Presupposition(String id, String description, List<String> reasons, String measureId) implements Rule {

  /**
   * The rule that a figure of the measure {@code measureId} presupposes control of its place.
   *
   * @throws IllegalArgumentException if the id is not lower-case words joined by dots or hyphens
   */
  public Presupposition {
    Rule.checkId(id);
    checkNotNull(description, "description");
    checkNotNull(measureId, "measureId");
    reasons = ImmutableList.copyOf(reasons);
  }

  /** A figure of {@code measure} presupposes control of its place. */
  public static Presupposition control(Measure measure) {
    return new Presupposition("status." + measure.id() + "-presupposes-control",
        "a figure of '" + measure.label() + "' presupposes its subject still holds the place", List.of(), measure.id());
  }

  @Override
  public Presupposition because(String reason) {
    return new Presupposition(id, description, ImmutableList.<String>builder().addAll(reasons).add(reason).build(),
        measureId);
  }

  @Override
  public String toString() {
    return id + ": " + description;
  }
}
