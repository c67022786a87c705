package org.crosscheck.acceptance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared}: the system property {@code crosscheck.shared}, else {@code ../shared}. */
public final class Shared {
  private Shared() {}

  /** The shared folder; skips the calling test (with the reason) when it is absent. */
  public static Path dir() {
    String prop = System.getProperty("crosscheck.shared");
    Path p = prop != null ? Path.of(prop) : Path.of("..", "shared");
    assumeTrue(Files.isDirectory(p), "the shared folder is not at " + p.toAbsolutePath().normalize()
        + "; acceptance checks need it beside the project");
    return p;
  }
}
