package org.crosscheck.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.collect.ImmutableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.io.Documents;

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

  /**
   * The seed articles and the Arabic and English development corpus as one batch, each folder read
   * with its manifest; fails if any document fails to load.
   */
  public static Documents.Loaded seedsAndDevCorpus() throws java.io.IOException {
    Path shared = dir();
    Documents documents = new Documents();
    List<Article> articles = new ArrayList<>();
    for (Path d : List.of(shared.resolve("seeds"), shared.resolve("dev-corpus/ar"), shared.resolve("dev-corpus/en"))) {
      Documents.Loaded one = documents.read(List.of(d), d.resolve("manifest.json"));
      assertThat(one.failures()).as("documents that failed in " + d.getFileName()).isEmpty();
      articles.addAll(one.articles());
    }
    return new Documents.Loaded(ImmutableList.copyOf(articles), ImmutableList.of());
  }
}
