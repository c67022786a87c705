// %% [markdown]
// # Crosscheck in a notebook
//
// From the README's ten lines to a report of the example articles and a rule set of your own,
// tested with the assertions Crosscheck ships. `examples/crosscheck.ipynb` and
// `examples/crosscheck.jsh` hold the same cells (the `.jsh` in Jupytext's percent format, where
// `// %%` starts a cell); the project's tests check that they do and run the `.jsh` snippet by
// snippet, so edit both.
//
// In Jupyter, start the kernel with Crosscheck on its class path (README, "In Jupyter"); in
// JShell, from the project folder:
//
//     mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
//     jshell --class-path "target/classes:$(cat target/classpath.txt)" examples/crosscheck.jsh
//
// Every import comes first, in one cell: everything else is reached through them.

// %%
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.assertj.CrosscheckAssertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;

// %% [markdown]
// ## Claims by hand
//
// Two sources on the fighters left in al-Qaim, one of them spelling the town in Arabic, and two
// on the share of Deir ez-Zor that ISIS held.

// %%
var alQaim = place("al-Qaim").aka("القائم");
var coalition = organization("US-led coalition");
var a = claim(FIGHTERS, alQaim, between(1500, 2500)).by(outlet("Reuters").quoting(person("Ryan Dillon").of(coalition)).publishedOn(2017, 11, 3));
var b = claim(FIGHTERS, place("القائم"), about(1500)).by(outlet("Al-Arab").quoting(coalition).publishedOn(2017, 11, 3));
var c = claim(TERRITORY_HELD, place("Deir ez-Zor"), percent(35)).scoped(scope(PROVINCE)).by(outlet("Al-Arab").publishedOn(2017, 11, 3));
var d = claim(TERRITORY_HELD, place("Deir ez-Zor"), aboutPercent(25)).scoped(scope(COUNTRYSIDE)).by(outlet("Al-Najah News").publishedOn(2017, 11, 20));
b

// %% [markdown]
// A verdict names its rule; `explain` gives the facts behind it, one per line.

// %%
assess(a, b)

// %%
explain(c, d)

// %% [markdown]
// Reconciling groups the claims (the Arabic spelling is an alias of al-Qaim) and says, group by
// group, where the sources agree, where they only seem to disagree, and where they contradict.

// %%
var fourClaims = reconcile(a, b, c, d);
System.out.println(fourClaims.table());

// %% [markdown]
// ## A folder of articles
//
// `report` reads a folder as the command line's `crosscheck report` does: the manifest gives each
// article's outlet, language and publication date; claims are extracted, echoes between articles
// found, sources weighed, and the claims reconciled. (Jupyter runs the notebook in `examples/`,
// JShell in the project folder.)

// %%
var articles = Files.isDirectory(Path.of("articles")) ? Path.of("articles") : Path.of("examples", "articles");
var run = report(articles);
run

// %%
System.out.println(run.table());

// %% [markdown]
// The same run as the command line prints it; `render` also writes `markdown`, `html`, `json` and `csv`.

// %%
System.out.println(render(run, "text"));

// %% [markdown]
// One sentence of your own, read by the extractor for its language; relative dates ("yesterday")
// are resolved against the publication date.

// %%
var read = extract("وقال مسؤول محلي إن نحو 800 مسلح ما زالوا في مدينة الميادين أمس الجمعة.", "ar", date(2017, 11, 4));
read.claims()

// %% [markdown]
// ## A rule set of your own, tested
//
// The default rules hold counts to their exact value: 1,500 fighters against 1,600 is a
// contradiction. A newsroom that knows wire copy rounds its counts allows ±10% for fighters, names
// its rule set, and pins what it expects with the shipped AssertJ assertions.

// %%
var newsroom = defaults().with(relativeTolerance(0.10).forMeasure(FIGHTERS).because("wire copy rounds counts")).named("newsroom");
var wire = claim(FIGHTERS, alQaim, exactly(1500)).by(outlet("Reuters").publishedOn(2017, 11, 3));
var local = claim(FIGHTERS, alQaim, exactly(1600)).by(outlet("Al-Arab").publishedOn(2017, 11, 3));
assertThat(defaults()).assessing(wire, local).hasVerdict(CONTRADICT);
assertThat(newsroom).assessing(wire, local).hasVerdict(AGREE).firedRule("quantity.equal");
assertThat(newsroom).assessing(a, b).hasVerdict(COMPATIBLE).firedRule("quantity.containment");
newsroom

// %% [markdown]
// The articles again, under the newsroom's rules: the report says which rules it used.

// %%
var newsroomRun = report(articles, newsroom);
System.out.println(render(newsroomRun, "text").lines().limit(14).collect(java.util.stream.Collectors.joining("\n")));
