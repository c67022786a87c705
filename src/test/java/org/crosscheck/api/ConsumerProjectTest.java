package org.crosscheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the project in {@code src/test/resources/consumer} as a library user would: it depends on
 * the installed Crosscheck jar, imports only API packages, and runs a rule-set test with the
 * shipped AssertJ assertions. Then its {@code mvn dependency:tree} must show only Guava, Commons
 * Text and Jackson (with what they bring) at compile and runtime, and AssertJ only in test scope.
 *
 * <p>Needs {@code mvn install} first: {@code mvn -B -DskipTests install && mvn -B -Pconsumer test}
 * ({@code .ci/run} does).
 */
@Tag("consumer")
class ConsumerProjectTest {
  /** What a library user may get with Crosscheck: Guava, Commons Text and Jackson, and their own dependencies. */
  static final Set<String> ALLOWED_GROUPS = Set.of("org.crosscheck", "com.google.guava", "com.google.errorprone",
      "com.google.j2objc", "org.jspecify", "org.checkerframework", "org.apache.commons",
      "com.fasterxml.jackson.core",
      // jsoup (no dependencies of its own): the library reads saved web pages (issue 15's inputs)
      "org.jsoup");

  /** {@code group:artifact:type:version:scope}, as dependency:tree writes each node. */
  static final Pattern NODE = Pattern.compile("([\\w.-]+):([\\w.-]+):jar:([\\w.-]+):(compile|runtime|test|provided|system)");

  @Test
  void consumerProject_buildsAgainstTheInstalledJar(@TempDir Path dir) throws Exception {
    Path project = dir.resolve("consumer");
    copy(Path.of("src/test/resources/consumer"), project);

    run(project, "test");
    Path reports = project.resolve("target/surefire-reports");
    assertThat(reports.resolve("TEST-com.example.newsroom.NewsroomRulesTest.xml")).exists();
    assertThat(Files.readString(reports.resolve("TEST-com.example.newsroom.NewsroomRulesTest.xml"),
        StandardCharsets.UTF_8)).contains("tests=\"2\"").contains("failures=\"0\"").contains("errors=\"0\"");

    run(project, "dependency:tree", "-DoutputFile=tree.txt");
    List<String[]> nodes = nodes(Files.readString(project.resolve("tree.txt"), StandardCharsets.UTF_8));
    assertThat(nodes).as("dependency:tree of the consumer").isNotEmpty();
    List<String> shipped = new ArrayList<>();
    List<String> testOnly = new ArrayList<>();
    for (String[] n : nodes) (n[3].equals("test") ? testOnly : shipped).add(n[0] + ":" + n[1]);
    assertThat(shipped).contains("org.crosscheck:crosscheck", "com.google.guava:guava",
        "org.apache.commons:commons-text", "com.fasterxml.jackson.core:jackson-databind");
    assertThat(shipped).allSatisfy(ga -> assertThat(ALLOWED_GROUPS).as("group of %s", ga)
        .contains(ga.substring(0, ga.indexOf(':'))));
    assertThat(shipped).as("the command line's and the tests' libraries stay out")
        .noneMatch(ga -> ga.startsWith("info.picocli:") || ga.startsWith("org.assertj:") || ga.startsWith("net.bytebuddy:"));
    assertThat(testOnly).contains("org.assertj:assertj-core");
  }

  static List<String[]> nodes(String tree) {
    List<String[]> out = new ArrayList<>();
    Matcher m = NODE.matcher(tree);
    while (m.find()) out.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
    return out;
  }

  @Test
  void nodes_readEachDependencyWithItsScope() {
    String tree = "com.example:newsroom-rules:jar:1.0\n"
        + "+- org.crosscheck:crosscheck:jar:0.1.0-SNAPSHOT:compile\n"
        + "|  \\- com.google.guava:guava:jar:33.8.0-jre:compile\n"
        + "\\- org.assertj:assertj-core:jar:3.26.3:test\n";
    assertThat(nodes(tree)).extracting(n -> String.join(":", n)).containsExactly(
        "org.crosscheck:crosscheck:0.1.0-SNAPSHOT:compile", "com.google.guava:guava:33.8.0-jre:compile",
        "org.assertj:assertj-core:3.26.3:test");
  }

  private static void run(Path project, String... goals) throws IOException, InterruptedException {
    String mvn = System.getProperty("crosscheck.mvn", "mvn");
    List<String> command = new ArrayList<>(List.of(mvn, "-B", "-Dcrosscheck.version="
        + System.getProperty("crosscheck.version", "0.1.0-SNAPSHOT")));
    command.addAll(List.of(goals));
    Path log = project.resolve("build-" + goals[0].replace(':', '-') + ".log");
    Process p = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    boolean finished = p.waitFor(15, TimeUnit.MINUTES);
    if (!finished) p.destroyForcibly();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(finished && p.exitValue() == 0)
        .as(String.format(Locale.ROOT, "%s in the consumer project:%n%s", String.join(" ", command), output)).isTrue();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(target);
        else Files.copy(f, target);
      }
    }
  }
}
