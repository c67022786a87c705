package org.crosscheck.claim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.regex.Pattern;

/**
 * Where a claim was read: the document, the character span of the value, the span and text of the
 * sentence that carries it, and the ids of the extraction rules that built the claim. Offsets index
 * the document's original text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document the document's id (its file name, say)
 * @param value the span of the value as written
 * @param sentence the span of the sentence
 * @param quote the sentence's text
 * @param rules the ids of the extraction rules that built the claim, in the order they fired, each a
 *     dotted name ({@code event.date-nearest}); empty for claims made by hand
 */
public record Evidence(String document, Span value, Span sentence, String quote, ImmutableList<String> rules) {
  /** A rule id: runs of lower-case letters and digits joined by single dots or hyphens. */
  static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");

  /**
   * @throws IllegalArgumentException if the document id is blank, the value span lies outside the
   *     sentence span, or a rule id is not a dotted lower-case name
   */
  public Evidence {
    checkNotNull(document, "document");
    checkNotNull(value, "value");
    checkNotNull(sentence, "sentence");
    checkNotNull(quote, "quote");
    checkNotNull(rules, "rules");
    checkArgument(!document.isBlank(), "evidence needs a document id");
    checkArgument(sentence.encloses(value),
        "the value span %s must lie inside the sentence span %s", value, sentence);
    for (String r : rules) {
      checkArgument(isRuleId(r), "a rule id is a dotted lower-case name like event.date-nearest, got \"%s\"", r);
    }
  }

  /**
   * Whether {@code id} matches {@link #RULE_ID}, told without a matcher (every claim an extractor
   * builds passes here with its rules): runs of {@code a-z0-9} joined by single dots or hyphens.
   */
  static boolean isRuleId(String id) {
    boolean inRun = false;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        inRun = true;
      } else if ((c == '.' || c == '-') && inRun) {
        inRun = false;
      } else {
        return false;
      }
    }
    return inRun;
  }

  /** Evidence that names no rule: a claim read by hand or by a reader that keeps no rules. */
  public Evidence(String document, Span value, Span sentence, String quote) {
    this(document, value, sentence, quote, ImmutableList.of());
  }

  /** Evidence of a document only, for claims made by hand. */
  public static Evidence document(String document) {
    return new Evidence(document, new Span(0, 0), new Span(0, 0), "");
  }

  /** This evidence naming {@code ids} as the rules that built its claim (repeats dropped, order kept). */
  public Evidence withRules(Iterable<String> ids) {
    checkNotNull(ids, "ids");
    return new Evidence(document, value, sentence, quote, ImmutableList.copyOf(
        new java.util.LinkedHashSet<>(ImmutableList.copyOf(ids))));
  }

  /** {@code doc.txt@129..153}. */
  @Override
  public String toString() {
    return document + "@" + value;
  }
}
