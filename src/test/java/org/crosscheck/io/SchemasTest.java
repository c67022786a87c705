package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every JSON file the program writes (claims files, JSON reports) and every JSON file we ship
 * (example manifest, example rules) validates against the JSON Schema shipped in the jar; the
 * copies in docs/schemas are the same files.
 */
class SchemasTest {
  static final List<String> NAMES = List.of("claim", "claims-file", "report", "manifest", "rules");
  static final String BASE = "https://crosscheck.example/schemas/";
  static Map<String, Schema> schemas = new HashMap<>();

  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    Map<String, String> texts = new HashMap<>();
    for (String n : NAMES) texts.put(BASE + n + ".schema.json", resource(n));
    // the schemas refer to each other by these ids; they are served from the jar, never fetched
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(texts));
    for (String n : NAMES) schemas.put(n, registry.getSchema(com.networknt.schema.SchemaLocation.of(BASE + n + ".schema.json")));
  }

  static String resource(String name) throws Exception {
    try (InputStream in = SchemasTest.class.getResourceAsStream("/org/crosscheck/schemas/" + name + ".schema.json")) {
      assertThat(in).as(name + " is in the jar's resources").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<String> errors(String schema, String json) {
    return schemas.get(schema).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(status).as(err.toString()).isBetween(0, 1);   // 1: a bad line of the crawler export, reported
    return out.toString();
  }

  @Test
  void docsCopies_areTheShippedSchemas() throws Exception {
    for (String n : NAMES) {
      assertThat(Files.readString(Path.of("docs/schemas/" + n + ".schema.json"), StandardCharsets.UTF_8))
          .as(n).isEqualTo(resource(n));
    }
  }

  @Test
  void claimsFiles_extractWrites_validate() throws Exception {
    Path inputs = Files.createDirectory(dir.resolve("inputs"));
    for (String f : List.of("harbour-gazette.html", "crawler-export.jsonl")) {
      Files.copy(Path.of(SchemasTest.class.getResource("inputs/" + f).toURI()), inputs.resolve(f));
    }
    int claims = 0;
    for (String folder : List.of("examples/articles", inputs.toString())) {
      StringWriter out = new StringWriter();
      Main.run(new String[] {"extract", folder}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
      List<String> lines = out.toString().lines().toList();
      assertThat(lines).isNotEmpty();
      for (String line : lines) {
        assertThat(errors("claims-file", line)).as(line).isEmpty();
        if (line.startsWith("{\"format\":\"crosscheck.claim/1\"")) {
          assertThat(errors("claim", line)).as(line).isEmpty();
          claims++;
        }
      }
      assertThat(lines).anyMatch(l -> l.startsWith("{\"format\":\"crosscheck.document/1\""));
    }
    assertThat(claims).isGreaterThan(31);
  }

  @Test
  void reports_validate() throws Exception {
    Path inputs = Files.createDirectory(dir.resolve("inputs"));
    Files.copy(Path.of(SchemasTest.class.getResource("inputs/crawler-export.jsonl").toURI()),
        inputs.resolve("crawler-export.jsonl"));
    for (String folder : List.of("examples/articles", inputs.toString())) {
      String json = run("report", folder, "--format", "json");
      assertThat(errors("report", json)).as(folder).isEmpty();
    }
    String withRules = run("report", "examples/articles", "--format", "json", "--rules", "examples/newsroom.json");
    assertThat(errors("report", withRules)).isEmpty();
    assertThat(withRules).contains("\"rules\": \"newsroom\"");
  }

  @Test
  void shippedManifestAndRules_validate_andTheReadersAgree() throws Exception {
    assertThat(errors("manifest", Files.readString(Path.of("examples/articles/manifest.json")))).isEmpty();
    assertThat(errors("rules", Files.readString(Path.of("examples/newsroom.json")))).isEmpty();
    assertThat(RuleSetJson.read(Path.of("examples/newsroom.json")).name()).isEqualTo("newsroom");
  }

  @Test
  void measureNouns_theSchemaTakesWhatTheReaderTakes() throws Exception {
    String ok = "{\"measures\": [{\"id\": \"aid-trucks\", \"kind\": \"COUNT\", \"trend\": \"VARIES\","
        + " \"nouns\": {\"en\": [\"aid truck\"], \"ar\": [\"\u0634\u0627\u062d\u0646\u0629\"]}}]}";
    assertThat(errors("rules", ok)).isEmpty();
    assertThat(RuleSetJson.parseFile(ClaimJson.MAPPER.readTree(ok)).measures()).hasSize(1);
    for (String bad : List.of("{\"english\": [\"aid truck\"]}", "{\"en\": []}", "{\"en\": \"aid truck\"}",
        "{\"en\": [\" \"]}", "[\"aid truck\"]")) {
      String json = "{\"measures\": [{\"id\": \"aid-trucks\", \"kind\": \"COUNT\", \"trend\": \"VARIES\","
          + " \"nouns\": " + bad + "}]}";
      assertThat(errors("rules", json)).as(bad).isNotEmpty();
      assertThatThrownBy(() -> RuleSetJson.parseFile(ClaimJson.MAPPER.readTree(json))).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void whatTheReadersRefuse_theSchemasRefuse() {
    assertThat(errors("manifest", "[{\"file\": \"a.txt\", \"publishd\": \"2017-11-03\"}]")).isNotEmpty();
    assertThat(errors("manifest", "[{\"outlet\": \"Reuters\"}]")).isNotEmpty();
    assertThat(errors("manifest", "{\"documents\": [{\"file\": \"a.html\", \"published\": \"2017-11-03\"}]}")).isEmpty();
    String claim = "{\"id\": \"c1\", \"value\": {\"type\": \"exact\", \"value\": 1500}, \"measure\": {\"id\": \"fighters\","
        + " \"kind\": \"COUNT\"}, \"attribution\": {\"outlet\": {\"id\": \"r\", \"name\": \"R\", \"kind\": \"OUTLET\"}}";
    assertThat(errors("claim", claim + "}")).isEmpty();
    ClaimJson.read(claim + "}");
    assertThat(errors("claim", claim + ", \"valid_att\": {\"type\": \"day\", \"date\": \"2017-11-03\"}}")).isNotEmpty();
    assertThat(errors("claim", claim.replace("\"exact\", \"value\": 1500", "\"exact\", \"valu\": 1500") + "}"))
        .isNotEmpty();
    assertThat(errors("claims-file", "{\"format\": \"crosscheck.echo/1\", \"rewrite\": \"b\", \"original\": \"a\"}"))
        .isNotEmpty();
    assertThat(errors("rules", "{\"tolerances\": [{\"measure\": \"fighters\", \"relativ\": 0.1}]}")).isNotEmpty();
    assertThat(errors("rules", "{\"tolerances\": [{\"measure\": \"fighters\", \"relative\": 0.1, \"absolute\": 2}]}"))
        .isNotEmpty();
  }
}
