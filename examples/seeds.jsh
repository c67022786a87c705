// Crosscheck notebook: the November 2017 fall of al-Qaim, Abu Kamal and Deir ez-Zor, modelled by hand.
// Facts come from five Arabic news reports (Reuters, Al-Arab, Al-Najah News, Al-Marsad net, Erem News);
// the wording here is ours. Run from the project folder (see README.md, "More of the command line"):
//   mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
//   jshell --class-path "target/classes:$(cat target/classpath.txt)" examples/seeds.jsh
import static org.crosscheck.Crosscheck.*;

// ---- places -------------------------------------------------------------------------------------
var iraq = place("Iraq").aka("العراق");
var syria = place("Syria").aka("سوريا");
var iraqAndSyria = union(iraq, syria);
var alQaim = place("al-Qaim").aka("القائم", "Al Qa'im").within(iraq);
var abuKamal = place("Abu Kamal").aka("البوكمال", "البو كمال", "Albu Kamal").within(syria);
var deirEzZor = place("Deir ez-Zor").aka("دير الزور").within(syria);
var rawa = place("Rawa").aka("راوة").within(iraq);

// ---- who speaks ---------------------------------------------------------------------------------
var coalition = organization("US-led coalition");
var dillon = person("Ryan Dillon").of(coalition);
var reuters = outlet("Reuters").publishedOn(2017, 11, 3);
var alArab = outlet("Al-Arab").publishedOn(2017, 11, 3);
var alNajah = outlet("Al-Najah News").publishedOn(2017, 11, 20);
var alMarsad = outlet("Al-Marsad net").via(agency("Reuters")).publishedOn(2017, 11, 4);   // a rewrite of the Reuters wire
var isis = subject("ISIS");

// ---- fighters left ------------------------------------------------------------------------------
var qaimRange   = claim(FIGHTERS, alQaim, between(1500, 2500)).about(isis).by(reuters.quoting(dillon)).withModality(ESTIMATE).withId("reuters-qaim-fighters");
var qaimAbout   = claim(FIGHTERS, alQaim, about(1500)).about(isis).scoped(scope(ADJACENT)).by(alArab.quoting(coalition)).withModality(ESTIMATE).withId("alarab-qaim-fighters");
var kamalRange  = claim(FIGHTERS, abuKamal, between(2000, 3000)).about(isis).by(reuters.quoting(dillon)).withModality(ESTIMATE).withId("reuters-kamal-fighters");
var fewReuters  = claim(FIGHTERS, iraqAndSyria, aFew(THOUSANDS)).about(isis).by(reuters.quoting(coalition)).withId("reuters-few-thousand");
var fewMarsad   = claim(FIGHTERS, iraqAndSyria, aFew(THOUSANDS)).about(isis).by(alMarsad.quoting(coalition)).withId("marsad-few-thousand");

// ---- territory ----------------------------------------------------------------------------------
var held35   = claim(TERRITORY_HELD, deirEzZor, percent(35)).about(isis).scoped(scope(PROVINCE)).by(alArab).withId("alarab-deir-35");
var held25   = claim(TERRITORY_HELD, deirEzZor, aboutPercent(25)).about(isis).scoped(scope(COUNTRYSIDE)).by(alNajah).withId("najah-deir-25");
var lost95   = claim(TERRITORY_LOST, iraqAndSyria, percent(95)).about(isis).by(alNajah.quoting(coalition)).withId("najah-lost-95");
var lostMost = claim(TERRITORY_LOST, iraqAndSyria, almostAll()).about(isis).by(reuters).withId("reuters-lost-almost-all");

// ---- events -------------------------------------------------------------------------------------
var deirVictory = event(DECLARED_VICTORY, deirEzZor, onDay(2017, 11, 3)).by(reuters).withId("reuters-deir-victory");
var deirTaken   = event(CAPTURED, deirEzZor, onDay(2017, 11, 3)).by(alMarsad).withId("marsad-deir-captured");   // "yesterday, Friday"
var deirLost    = event(LOST, deirEzZor, onDay(2017, 11, 3)).by(alNajah).withId("najah-deir-lost");            // "on 3 November"
var qaimEntered = event(ENTERED, alQaim, onDay(2017, 11, 3)).by(reuters).withId("reuters-qaim-entered");
var qaimLost    = event(LOST, alQaim, onDay(2017, 11, 3)).by(alNajah).withId("najah-qaim-lost");
var kamalFirst  = event(CAPTURED, abuKamal, span(date(2017, 11, 1), date(2017, 11, 10))).by(alNajah).withId("najah-kamal-captured"); // "early in the month"
var kamalLost   = event(LOST, abuKamal, onDay(2017, 11, 8)).by(alNajah).withId("najah-kamal-lost");            // "five days later"
var kamalAgain  = event(RECAPTURED, abuKamal, onDay(2017, 11, 19)).by(alNajah).withId("najah-kamal-recaptured"); // "yesterday, Sunday"
var rawaFreed   = event(LIBERATED, rawa, onDay(2017, 11, 17)).by(alNajah).withId("najah-rawa-liberated");
var rawaHeld    = claim(PEOPLE_HELD, rawa, nearly(10_000)).about(isis).by(alNajah).withId("najah-rawa-civilians");
var battleR     = claim(DURATION, deirEzZor, duration(2, MONTH)).about(subject("battle")).by(reuters).withId("reuters-deir-battle");
var battleM     = claim(DURATION, deirEzZor, duration(2, MONTH)).about(subject("battle")).by(alMarsad).withId("marsad-deir-battle");

// ---- reconcile ----------------------------------------------------------------------------------
var claims = java.util.List.of(qaimRange, qaimAbout, kamalRange, fewReuters, fewMarsad, held35, held25, lost95, lostMost, deirVictory, deirTaken, deirLost, qaimEntered, qaimLost, kamalFirst, kamalLost, kamalAgain, rawaFreed, rawaHeld, battleR, battleM);
var report = reconciler(defaults()).reconcile(claims);
System.out.println(report.table());

// one verdict with its facts
System.out.println(report.explain("alarab-deir-35", "najah-deir-25"));
System.out.println(assess(qaimRange, qaimAbout));
System.out.println(assess(kamalRange, fewMarsad));
/exit
