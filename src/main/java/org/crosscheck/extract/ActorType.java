package org.crosscheck.extract;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What sort of party or organization an actor is, the third field of every language's actors list
 * ({@code actors.txt} of the Arabic and the English extractor, and a user's actors file).
 *
 * <p>The six types of the issue that asked for them (armed group, state force, ministry, UN agency,
 * NGO, media) and three finer ones, each with the one of the six it belongs to ({@link #broader()}):
 * a coalition of states' forces is a state force, a state or its government speaking as a party is
 * of the state side too, a news agency is media. A language decides what a type does (whose figures
 * an actor's name owns, whether it becomes an attribution's agency); the type says what the actor is.
 */
public enum ActorType {
  /** An armed group that is no state's force: a militia, an insurgency, a rebel army. */
  ARMED_GROUP("armed-group"),
  /** An army, police or security service of a state, or a force acting as one. */
  STATE_FORCE("state-force"),
  /** A ministry or another department of a government (a health ministry, the Pentagon). */
  MINISTRY("ministry"),
  /** An agency, office or programme of the United Nations, or an intergovernmental body like it (OCHA, IOM). */
  UN_AGENCY("un-agency"),
  /** A non-governmental organization: a monitor, a relief group, a rights group. */
  NGO("ngo"),
  /** Press, broadcast or party media. */
  MEDIA("media"),
  /** A coalition of states' forces (a state force). */
  COALITION("coalition"),
  /** A state or its government speaking or acting as a party (of the state side: a state force). */
  GOVERNMENT("government"),
  /** A news agency whose wire others print (media). */
  NEWS_AGENCY("news-agency");

  private final String word;

  ActorType(String word) {
    this.word = word;
  }

  /** The word the actors files write: {@code armed-group}, {@code un-agency}, {@code news-agency}. */
  public String word() {
    return word;
  }

  /** The one of the six types this type belongs to: itself for those six. */
  public ActorType broader() {
    return switch (this) {
      case COALITION, GOVERNMENT -> STATE_FORCE;
      case NEWS_AGENCY -> MEDIA;
      default -> this;
    };
  }

  /**
   * The type an actors file names, by its {@link #word()} in any case.
   *
   * @throws IllegalArgumentException naming the known types if {@code word} is none of them
   */
  public static ActorType of(String word) {
    checkNotNull(word, "word");
    String w = word.strip().toLowerCase(Locale.ROOT);
    for (ActorType t : values()) if (t.word.equals(w)) return t;
    throw new IllegalArgumentException("unknown actor type \"" + word + "\"; one of " + known());
  }

  /** The known types' words, separated by commas: {@code armed-group, state-force, …}. */
  public static String known() {
    return Arrays.stream(values()).map(ActorType::word).collect(Collectors.joining(", "));
  }

  /** The {@link #word()}. */
  @Override
  public String toString() {
    return word;
  }
}
