package org.crosscheck.arabic.internal;

import java.util.Set;
import org.crosscheck.arabic.internal.ArabicQuantityParser.BoundEntry;
import org.crosscheck.arabic.internal.ArabicQuantityParser.HedgeEntry;
import org.crosscheck.arabic.internal.ArabicQuantityParser.Role;
import org.crosscheck.value.Unit;
import org.crosscheck.value.VagueQuantifier;

/**
 * A family of quantity rules over one {@link QuantityScan}: the scan's tokens, numbers and
 * diagnostics and the parser's word lists, shared by reference. Not thread-safe, like the scan.
 */
abstract class QuantityRules extends TokenRules {
/** Words after which a four-digit number is a year, not a count. */
static final Set<String> YEAR_CUES = Set.of("عام", "العام", "سنه", "السنه", "منذ", "مطلع", "اوائل", "اواخر",
    "منتصف", "بدايه", "نهايه", "خلال", "في", "حتي", "قبل", "بعد", "من", "الي", "صيف", "ربيع", "خريف", "شتاء", "عامي",
    "العامين", "وعام", "والعام", "لعام", "للعام", "بعام", "بالعام");

/** Words that are not the counted noun after a number. */
static final Set<String> NOT_NOUNS = Set.of("من", "في", "علي", "الي", "عن", "مع", "او", "و", "ثم", "حتي", "قد",
    "لا", "ما", "ان", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "منذ", "خلال", "بعد", "قبل", "عند", "حيث",
    "كما", "وفق", "بحسب", "لدي", "فقط", "نحو", "حوالي", "تقريبا", "اي", "كان", "كانت", "قال", "وقال", "هو", "هي", "هم");

/** Words after which a bare plural of a time unit means "for several …" (منذ سنوات، خلال أيام). */
static final Set<String> SINCE_CUES = Set.of("منذ", "طوال", "قبل", "خلال", "بعد", "لمده", "مده");

static final Set<String> EQUALS = Set.of("يساوي", "تساوي", "يعادل", "تعادل");

static final Set<String> PLURAL_TIME = Set.of("سنوات", "اعوام", "ايام", "اشهر", "شهور", "اسابيع", "ساعات",
    "عقود", "سنين");

  final QuantityScan scan;
  final PhraseTable<HedgeEntry> hedgeWords;
  final PhraseTable<BoundEntry> boundWords;
  final PhraseTable<VagueQuantifier> vagueWords;
  final PhraseTable<Unit> unitWords;
  final PhraseTable<Role> rangeWords;
  final ArabicNumberParser numbers;

  QuantityRules(QuantityScan scan) {
    super(scan.t, scan.numberAt, scan.diagnostics);
    this.scan = scan;
    this.hedgeWords = scan.parser.hedges;
    this.boundWords = scan.parser.bounds;
    this.vagueWords = scan.parser.vague;
    this.unitWords = scan.parser.units;
    this.rangeWords = scan.parser.ranges;
    this.numbers = scan.parser.numbers;
  }
}
