import static org.crosscheck.Crosscheck.*;
var alQaim = place("al-Qaim").aka("القائم");
var coalition = organization("US-led coalition");
var a = claim(FIGHTERS, alQaim, between(1500, 2500)).by(outlet("Reuters").quoting(person("Ryan Dillon").of(coalition)).publishedOn(2017, 11, 3));
var b = claim(FIGHTERS, place("القائم"), about(1500)).by(outlet("Al-Arab").quoting(coalition).publishedOn(2017, 11, 3));
var c = claim(TERRITORY_HELD, place("Deir ez-Zor"), percent(35)).scoped(scope(PROVINCE)).by(outlet("Al-Arab").publishedOn(2017, 11, 3));
var d = claim(TERRITORY_HELD, place("Deir ez-Zor"), aboutPercent(25)).scoped(scope(COUNTRYSIDE)).by(outlet("Al-Najah News").publishedOn(2017, 11, 20));
System.out.println(assess(a, b));
System.out.println(assess(c, d));
System.out.println(reconcile(a, b, c, d).table());
/exit
