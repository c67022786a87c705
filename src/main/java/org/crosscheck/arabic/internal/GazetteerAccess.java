package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.function.Function;
import org.crosscheck.arabic.PlaceGazetteer;
import org.jspecify.annotations.Nullable;

/**
 * Not API: how code outside {@code org.crosscheck.arabic} (the English extractor's builder) reaches
 * the {@link Gazetteer} inside a {@link PlaceGazetteer}, whose accessor is package-private. {@code
 * PlaceGazetteer}'s class initializer registers the accessor once; a handle cannot exist before it.
 */
public final class GazetteerAccess {
  private static volatile @Nullable Function<PlaceGazetteer, Gazetteer> unwrap;

  private GazetteerAccess() {}

  /**
   * Registers the accessor; called once, by {@link PlaceGazetteer}.
   *
   * @throws IllegalStateException if one is registered already
   */
  public static synchronized void register(Function<PlaceGazetteer, Gazetteer> accessor) {
    checkState(unwrap == null, "the gazetteer accessor is registered already");
    unwrap = checkNotNull(accessor, "accessor");
  }

  /** The gazetteer inside {@code handle}. */
  public static Gazetteer of(PlaceGazetteer handle) {
    checkNotNull(handle, "handle");
    Function<PlaceGazetteer, Gazetteer> f = unwrap;
    if (f == null) throw new IllegalStateException("PlaceGazetteer is not initialized");
    return f.apply(handle);
  }
}
