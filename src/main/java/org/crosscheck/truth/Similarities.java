package org.crosscheck.truth;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The {@link ValueSimilarity} implementations the library provides. */
final class Similarities {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Similarities() {}

  /** Lower case under {@link Locale#ROOT}, diacritics removed. */
  static String fold(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
    if (ascii) return s.toLowerCase(Locale.ROOT);
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    return MARKS.matcher(d).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** See {@link ValueSimilarity#exact()}. */
  enum Exact implements ValueSimilarity {
    INSTANCE;

    @Override
    public double similarity(String a, String b) {
      return a.equals(b) ? 1 : 0;
    }

    @Override
    public boolean isExact() {
      return true;
    }

    @Override
    public String toString() {
      return "exact";
    }
  }

  /** See {@link ValueSimilarity#nameTokens()}. */
  enum NameTokens implements ValueSimilarity {
    INSTANCE;

    @Override
    public double similarity(String observed, String candidate) {
      return observed.equals(candidate) ? 1 : support(tokens(observed), tokens(candidate));
    }

    @Override
    public void fill(List<String> values, double[] out, int offset) {
      int k = values.size();
      String[][] tokens = new String[k][];
      for (int j = 0; j < k; j++) tokens[j] = tokens(values.get(j));
      for (int j = 0; j < k; j++) {
        for (int m = 0; m < k; m++) out[offset + j * k + m] = j == m ? 1 : support(tokens[m], tokens[j]);
      }
    }

    /**
     * {@code matched / (matched + extra + missing / 2)} over sorted tokens: equal tokens match
     * fully, then an initial or a prefix of three letters or more matches by one half (and is one
     * half extra or missing).
     */
    static double support(String[] observed, String[] candidate) {
      int x = observed.length;
      int y = candidate.length;
      if (x + y == 0) return 1;
      boolean[] usedX = new boolean[x];
      boolean[] usedY = new boolean[y];
      int full = 0;
      // equal tokens first (both sorted: a merge), then initials and prefixes among the rest
      for (int i = 0, j = 0; i < x && j < y; ) {
        int c = observed[i].compareTo(candidate[j]);
        if (c == 0) {
          usedX[i++] = true;
          usedY[j++] = true;
          full++;
        } else if (c < 0) {
          i++;
        } else {
          j++;
        }
      }
      int partial = 0;
      for (int i = 0; i < x; i++) {
        if (usedX[i]) continue;
        for (int j = 0; j < y; j++) {
          if (!usedY[j] && partOf(observed[i], candidate[j])) {
            usedX[i] = true;
            usedY[j] = true;
            partial++;
            break;
          }
        }
      }
      double matched = full + 0.5 * partial;
      double extra = x - full - 0.5 * partial;
      double missing = y - full - 0.5 * partial;
      double denominator = matched + extra + 0.5 * missing;
      return denominator == 0 ? 0 : matched / denominator;
    }

    /** An initial of the other, or a prefix of at least three letters. */
    static boolean partOf(String s, String t) {
      String shorter = s.length() <= t.length() ? s : t;
      String longer = shorter == s ? t : s;
      return longer.startsWith(shorter) && (shorter.length() == 1 || shorter.length() >= 3);
    }

    /** The folded tokens, sorted: runs of letters and digits. */
    static String[] tokens(String s) {
      String f = fold(s);
      List<String> out = new ArrayList<>();
      int begin = -1;
      for (int i = 0; i <= f.length(); i++) {
        boolean letter = i < f.length() && Character.isLetterOrDigit(f.charAt(i));
        if (letter && begin < 0) begin = i;
        if (!letter && begin >= 0) {
          out.add(f.substring(begin, i));
          begin = -1;
        }
      }
      String[] r = out.toArray(new String[0]);
      Arrays.sort(r);
      return r;
    }

    @Override
    public String toString() {
      return "name tokens";
    }
  }

  /** See {@link ValueSimilarity#members(String)}. Immutable. */
  static final class Members implements ValueSimilarity {
    private final String separator;
    private final Pattern pattern;

    Members(String separator) {
      checkNotNull(separator, "separator");
      checkArgument(!separator.isEmpty(), "members() needs a separator such as \";\", got an empty string");
      this.separator = separator;
      this.pattern = Pattern.compile(separator);
    }

    @Override
    public double similarity(String a, String b) {
      if (a.equals(b)) return 1;
      List<String> x = members(a);
      List<String> y = members(b);
      if (x.isEmpty() && y.isEmpty()) return 1;
      List<String> rest = new ArrayList<>(y);
      int common = 0;
      for (String m : x) if (rest.remove(m)) common++;
      return 2.0 * common / (x.size() + y.size());
    }

    private List<String> members(String s) {
      List<String> out = new ArrayList<>();
      for (String m : pattern.split(s)) {
        String t = fold(m.strip());
        if (!t.isEmpty()) out.add(t);
      }
      return out;
    }

    @Override
    public String toString() {
      return "members split by " + separator;
    }
  }

  /** See {@link ValueSimilarity#numeric(double)}. Immutable. */
  static final class Numeric implements ValueSimilarity {
    private final double scale;

    Numeric(double scale) {
      checkArgument(scale > 0 && Double.isFinite(scale), "numeric() needs a finite scale > 0, got %s", scale);
      this.scale = scale;
    }

    @Override
    public double similarity(String a, String b) {
      if (a.equals(b)) return 1;
      try {
        double x = Double.parseDouble(a.strip().replace(",", ""));
        double y = Double.parseDouble(b.strip().replace(",", ""));
        return Math.max(0, 1 - Math.abs(x - y) / scale);
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    @Override
    public String toString() {
      return "numeric within " + Attribute.trim(scale);
    }
  }
}
