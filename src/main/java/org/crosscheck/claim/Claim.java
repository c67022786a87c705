package org.crosscheck.claim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.PlainText;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Value;
import org.jspecify.annotations.Nullable;
import org.crosscheck.claim.internal.Html;

/**
 * One checkable statement: a source says that a measure of a subject, at a place and over a
 * scope, had a value at a time.
 *
 * <pre>
 * fighters@al-Qaim = [1500..2500] — Reuters ← Dillon, 2017-11-03
 * captured@Deir ez-Zor = 2017-11-03 — Al-Marsad, 2017-11-04
 * </pre>
 *
 * <p>Build one with {@link #of} or {@link #event} and the withers ({@code about}, {@code at},
 * {@code scoped}, {@code validOn}, {@code by}, {@code withEvidence}, …). A claim made without an
 * id ({@link #withDerivedId}) gets a stable one hashed from its {@linkplain #canonicalKey() canonical
 * key} ({@code c-3fa2b17c0d1e}), and keeps deriving it through withers until an id is set explicitly.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable identifier
 * @param subject whose figure or event ({@link Subject#NONE} if unstated)
 * @param measure what is measured
 * @param event the event type for {@link Measure.Kind#EVENT_DATE} measures, else {@link EventType#NONE}
 * @param place where ({@link Place#NOWHERE} if unstated)
 * @param scope over which part of the place, and how near
 * @param validAt the time of validity when the source states it; otherwise {@code null}, and
 *     {@link #validity()} falls back to the publication date
 * @param value the value as stated
 * @param attribution who said it and when
 * @param evidence where it was read, or {@code null} for claims made by hand
 * @param modality how firmly it is put forward
 */
public record Claim(
    String id,
    Subject subject,
    Measure measure,
    EventType event,
    Place place,
    Scope scope,
    @Nullable DateValue validAt,
    Value value,
    Attribution attribution,
    @Nullable Evidence evidence,
    Modality modality) {

  /**
   * The one gate every claim passes through.
   *
   * @throws IllegalArgumentException if the value does not fit the measure, or an event-date
   *     claim has no event type (or another claim has one)
   */
  public Claim {
    checkNotNull(id, "id");
    checkNotNull(subject, "subject");
    checkNotNull(measure, "measure");
    checkNotNull(event, "event");
    checkNotNull(place, "place");
    checkNotNull(scope, "scope");
    checkNotNull(value, "value");
    checkNotNull(attribution, "attribution");
    checkNotNull(modality, "modality");
    measure.checkValue(value);
    if (measure.kind() == Measure.Kind.EVENT_DATE) {
      checkArgument(!event.isNone(), "an event-date claim needs an event type, e.g. EventType.CAPTURED; got none for %s",
          value);
    } else {
      checkArgument(event.isNone(), "only event-date claims have an event type; measure '%s' got event '%s'",
          measure.id(), event.id());
    }
    checkArgument(!id.isBlank(), "a claim id cannot be blank");
  }

  /**
   * The claim with these components and an id derived from them ({@code c-3fa2b17c0d1e}): the
   * same content always gets the same id. The withers keep deriving it until {@link #withId} sets
   * one.
   *
   * @throws IllegalArgumentException as the constructor does
   */
  public static Claim withDerivedId(Subject subject, Measure measure, EventType event, Place place, Scope scope,
      @Nullable DateValue validAt, Value value, Attribution attribution, @Nullable Evidence evidence,
      Modality modality) {
    checkNotNull(subject, "subject");
    checkNotNull(measure, "measure");
    checkNotNull(event, "event");
    checkNotNull(place, "place");
    checkNotNull(scope, "scope");
    checkNotNull(value, "value");
    checkNotNull(attribution, "attribution");
    checkNotNull(modality, "modality");
    return new Claim(contentId(subject, measure, event, place, scope, validAt, value, attribution, evidence, modality),
        subject, measure, event, place, scope, validAt, value, attribution, evidence, modality);
  }

  /** A claim that {@code measure} at {@code place} has {@code value}; no subject, source or date yet. */
  public static Claim of(Measure measure, Place place, Value value) {
    return withDerivedId(Subject.NONE, measure, EventType.NONE, place, Scope.WHOLE, null, value, Attribution.UNKNOWN,
        null, Modality.ASSERTED);
  }

  /** A claim that an event of type {@code type} happened at {@code place} on {@code date}. */
  public static Claim event(EventType type, Place place, DateValue date) {
    checkNotNull(type, "type");
    checkNotNull(date, "date");
    return withDerivedId(Subject.NONE, Measures.EVENT_DATE, type, place, Scope.WHOLE, null, date,
        Attribution.UNKNOWN, null, Modality.ASSERTED);
  }

  private static String contentId(Subject subject, Measure measure, EventType event, Place place, Scope scope,
      @Nullable DateValue validAt, Value value, Attribution attribution, @Nullable Evidence evidence, Modality modality) {
    return ClaimKey.id(ClaimKey.of(subject, measure, event, place, scope, validAt, value, attribution, evidence, modality));
  }

  /**
   * The canonical key of this claim's content, from which a derived id is hashed: {@code name=value}
   * parts built from ids, enum names, ISO dates and plain decimals, never from {@code toString}, so
   * that a change of notation changes no id. The value is keyed by its form as stated
   * ({@code value=approximate:1500:about:-:one}).
   */
  public ImmutableList<String> canonicalKey() {
    return ClaimKey.of(subject, measure, event, place, scope, validAt, value, attribution, evidence, modality);
  }

  /**
   * The id this claim's content derives, {@code c-} and 12 hex digits hashed from {@link
   * #canonicalKey()}: the claim's {@link #id()} unless an id was set explicitly (extractors set
   * {@code document#n}). Two claims with equal content derive one id in any run.
   */
  public String derivedId() {
    return contentId(subject, measure, event, place, scope, validAt, value, attribution, evidence, modality);
  }

  private boolean hasContentId() {
    // a derived id is "c-" and 12 hex digits: an id of another shape (an extractor's doc#n) is
    // told without hashing the content
    return id.length() == 14 && id.startsWith("c-") && id.equals(derivedId());
  }

  private Claim rebuild(Subject s, Measure m, EventType e, Place p, Scope sc, @Nullable DateValue v, Value val,
      Attribution a, @Nullable Evidence ev, Modality mo) {
    return hasContentId() ? withDerivedId(s, m, e, p, sc, v, val, a, ev, mo) : new Claim(id, s, m, e, p, sc, v, val, a, ev, mo);
  }

  /** This claim with an explicit id. */
  public Claim withId(String newId) {
    return new Claim(checkNotNull(newId, "id"), subject, measure, event, place, scope, validAt, value, attribution,
        evidence, modality);
  }

  /** This claim about {@code s}. */
  public Claim about(Subject s) {
    return rebuild(s, measure, event, place, scope, validAt, value, attribution, evidence, modality);
  }

  /** This claim about a subject of this name. */
  public Claim about(String subjectLabel) {
    return about(Subject.of(subjectLabel));
  }

  /** This claim measuring {@code m}; a derived id is derived again, an explicit id is kept (as by every wither). */
  public Claim withMeasure(Measure m) {
    return rebuild(subject, m, event, place, scope, validAt, value, attribution, evidence, modality);
  }

  /** This claim about an event of type {@code e}. */
  public Claim withEvent(EventType e) {
    return rebuild(subject, measure, e, place, scope, validAt, value, attribution, evidence, modality);
  }

  /** This claim at {@code p}. */
  public Claim at(Place p) {
    return rebuild(subject, measure, event, p, scope, validAt, value, attribution, evidence, modality);
  }

  /** This claim over {@code s}. */
  public Claim scoped(Scope s) {
    return rebuild(subject, measure, event, place, s, validAt, value, attribution, evidence, modality);
  }

  /** This claim valid at {@code time} (the time the figure describes, not when it was published). */
  public Claim validOn(DateValue time) {
    return rebuild(subject, measure, event, place, scope, checkNotNull(time, "time"), value, attribution, evidence,
        modality);
  }

  /** This claim valid on {@code day}. */
  public Claim validOn(LocalDate day) {
    return validOn(new DateValue.OnDay(day));
  }

  /** This claim with the value {@code v}. */
  public Claim withValue(Value v) {
    return rebuild(subject, measure, event, place, scope, validAt, v, attribution, evidence, modality);
  }

  /** This claim said by {@code a}. */
  public Claim by(Attribution a) {
    return rebuild(subject, measure, event, place, scope, validAt, value, a, evidence, modality);
  }

  /** This claim with {@code e} as the evidence: where in a document it was read, and by which rules. */
  public Claim withEvidence(Evidence e) {
    return rebuild(subject, measure, event, place, scope, validAt, value, attribution, checkNotNull(e, "evidence"),
        modality);
  }

  /** This claim put forward with modality {@code m}: asserted, estimated, believed or expected. */
  public Claim withModality(Modality m) {
    return rebuild(subject, measure, event, place, scope, validAt, value, attribution, evidence, m);
  }

  /**
   * The time of validity: the stated one, else the publication day, else {@code null} when
   * neither is known.
   */
  public @Nullable DateValue validity() {
    if (validAt != null) return validAt;
    LocalDate published = attribution.published();
    return published == null ? null : new DateValue.OnDay(published);
  }

  /** The document the claim was read from, or {@code null}. */
  public @Nullable String document() {
    return evidence == null ? null : evidence.document();
  }

  /**
   * The value as the source wrote it: the span of the evidence's quote ({@code نحو 1500}), or the
   * value's notation ({@code ~1500}) for claims made by hand.
   */
  public String valueAsWritten() {
    if (evidence != null && evidence.value().length() > 0) {
      int from = evidence.value().start() - evidence.sentence().start();
      int to = evidence.value().end() - evidence.sentence().start();
      if (from >= 0 && to <= evidence.quote().length() && from < to) return evidence.quote().substring(from, to);
    }
    return value.toString();
  }

  /** The hedge of the value ({@code NONE} unless approximate). */
  public org.crosscheck.value.Hedge hedge() {
    return value instanceof Quantity q ? q.hedge() : org.crosscheck.value.Hedge.NONE;
  }

  /**
   * What the claim is about, without the value: {@code ISIS fighters@al-Qaim (adjacent)}; a name
   * written right to left is isolated ({@code fighters@\u2068القائم\u2069}, see {@link
   * PlainText#isolate}).
   */
  public String topic() {
    return topic(true);
  }

  /** What the claim is about, with or without its scope. */
  public String topic(boolean withScope) {
    StringBuilder sb = new StringBuilder();
    if (!subject.isNone()) sb.append(subject).append(' ');
    sb.append(event.isNone() ? measure.label() : event.label());
    if (!place.isNowhere()) sb.append('@').append(place);
    String sc = withScope ? scope.toString() : "";
    if (!sc.isEmpty()) sb.append(" (").append(sc).append(')');
    return sb.toString();
  }

  /** {@code fighters@al-Qaim = [1500..2500] — Reuters ← Dillon, 2017-11-03}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(topic()).append(" = ").append(value);
    if (validAt != null) sb.append(" (as of ").append(validAt).append(')');
    if (!attribution.equals(Attribution.UNKNOWN)) sb.append(" \u2014 ").append(attribution);
    return sb.toString();
  }

  /**
   * This claim as an embeddable HTML fragment: what it is about, the value as written and
   * normalized, who said it and when, the quote (with its direction) and a small chart; no
   * script, styles scoped under {@code .crosscheck}. Jupyter's Java kernel
   * shows it when a cell's last expression is a claim.
   */
  public String toHtml() {
    return Html.fragment("claim", Html.claim(this));
  }
}
