package org.crosscheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The compiled module descriptor exports the API packages and nothing else: the command-line
 * program stays internal, the extractors are provided as services, and the optional libraries are
 * required only statically.
 */
class ModuleDescriptorTest {
  static ModuleDescriptor descriptor() throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsTheApiPackages_only() throws Exception {
    ModuleDescriptor d = descriptor();
    assertThat(d.name()).isEqualTo("org.crosscheck");
    Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(exported).containsExactly("org.crosscheck", "org.crosscheck.arabic", "org.crosscheck.assertj",
        "org.crosscheck.claim", "org.crosscheck.english", "org.crosscheck.extract", "org.crosscheck.io",
        "org.crosscheck.jupyter", "org.crosscheck.reconcile", "org.crosscheck.rules", "org.crosscheck.truth",
        "org.crosscheck.truth.echo", "org.crosscheck.value");
    assertThat(d.packages()).contains("org.crosscheck.cli");
    // javac writes no ModulePackages attribute, so the internal packages are looked for as folders
    for (String internal : List.of("arabic", "english", "claim", "value")) {
      assertThat(Path.of("target", "classes", "org", "crosscheck", internal, "internal"))
          .as("package org.crosscheck.%s.internal, compiled and not exported", internal).isDirectory();
    }
    assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
  }

  @Test
  void providesTheExtractors_asServices() throws Exception {
    ModuleDescriptor.Provides p = descriptor().provides().stream()
        .filter(x -> x.service().equals("org.crosscheck.extract.Extractor")).findFirst().orElseThrow();
    assertThat(p.providers()).containsExactlyInAnyOrder(
        "org.crosscheck.arabic.ArabicExtractor", "org.crosscheck.english.EnglishExtractor");
    assertThat(descriptor().uses()).contains("org.crosscheck.extract.Extractor");
  }

  @Test
  void optionalLibraries_areStaticRequirements() throws Exception {
    for (ModuleDescriptor.Requires r : descriptor().requires()) {
      boolean optional = Set.of("info.picocli", "org.assertj.core", "jjava.jupyter", "org.jspecify").contains(r.name());
      assertThat(r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
          .as("requires %s static", r.name()).isEqualTo(optional);
    }
  }
}
