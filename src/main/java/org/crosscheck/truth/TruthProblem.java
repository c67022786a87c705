package org.crosscheck.truth;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Interval;
import org.crosscheck.value.Label;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.TimeValue;
import org.crosscheck.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The input of truth discovery, compiled to primitive arrays: <em>items</em> (one thing a group of
 * claims speaks of — a subject and an {@link Attribute}, e.g. "flight AA-1007 on 1 Dec, actual
 * departure"), <em>sources</em>, and the <em>observations</em> each source made about each item.
 *
 * <p>Within an item, identical values are merged into one <em>value class</em>; a class is an
 * interval {@code [lo..hi]} (a point for times and exact quantities, a category code for labels)
 * and lists the sources that gave it. Everything is laid out so an iteration of
 * {@link TruthDiscovery} is a linear pass:
 *
 * <pre>
 * item i:   classes itemClassStart[i] .. itemClassStart[i+1]-1, sorted by (lo, hi)
 * class c:  value [classLo[c]..classHi[c]], sources obsSource[classObsStart[c] .. classObsStart[c+1]-1]
 * </pre>
 *
 * <p>Source ids follow the sources' names in {@code String} order and the observations of a class
 * follow source ids, so the compiled problem — and every result computed from it — does not depend
 * on the order in which observations were added. Item ids follow first appearance; results are
 * reported by item key.
 *
 * <p>Immutable once built and thread-safe; a {@link Builder} is not thread-safe.
 */
public final class TruthProblem {
  private final ImmutableList<Attribute> attributes;
  private final String[] sources;
  private final String[] categories;
  private final String[] itemKeys;
  /** {@code itemKeys[i].hashCode()}, kept so that samples by key do not visit every key's string. */
  private final int[] itemHash;
  private final int[] itemAttribute;
  private final int[] itemClassStart;
  private final double[] classLo;
  private final double[] classHi;
  private final int[] classObsStart;
  private final int[] obsSource;
  /** Links from outside the data, each {@code copier << 32 | original} by source id, sorted, no repeats. */
  private final long[] links;
  private volatile @Nullable Map<String, Integer> itemIndex;

  private TruthProblem(ImmutableList<Attribute> attributes, String[] sources, String[] categories, String[] itemKeys,
      int[] itemHash, int[] itemAttribute, int[] itemClassStart, double[] classLo, double[] classHi, int[] classObsStart,
      int[] obsSource, long[] links) {
    this.links = links;
    this.attributes = attributes;
    this.sources = sources;
    this.categories = categories;
    this.itemKeys = itemKeys;
    this.itemHash = itemHash;
    this.itemAttribute = itemAttribute;
    this.itemClassStart = itemClassStart;
    this.classLo = classLo;
    this.classHi = classHi;
    this.classObsStart = classObsStart;
    this.obsSource = obsSource;
  }

  /** A builder for a new problem. */
  public static Builder builder() {
    return new Builder();
  }

  /** The attributes, by attribute id. */
  public ImmutableList<Attribute> attributes() {
    return attributes;
  }

  /** The number of items: things the claims speak of, each a subject and an attribute. */
  public int itemCount() {
    return itemKeys.length;
  }

  /** The number of sources that observed anything. */
  public int sourceCount() {
    return sources.length;
  }

  /** The number of value classes: distinct values per item, summed over the items. */
  public int classCount() {
    return classLo.length;
  }

  /** The number of observations: one per source and value class it gave. */
  public int observationCount() {
    return obsSource.length;
  }

  /** The name of source {@code s} (ids follow names in {@code String} order). */
  public String sourceName(int s) {
    return sources[checkElementIndex(s, sources.length, "source")];
  }

  /** The source names, by id. */
  public List<String> sourceNames() {
    return List.of(sources);
  }

  /** The id of the source named {@code name}, if it observed anything. */
  public OptionalInt sourceId(String name) {
    int i = Arrays.binarySearch(sources, checkNotNull(name, "name"));
    return i >= 0 ? OptionalInt.of(i) : OptionalInt.empty();
  }

  /**
   * The links given with {@link Builder#link}, as {@code "copier -> original"} by source name, in
   * source-id order.
   */
  public List<String> links() {
    List<String> out = new java.util.ArrayList<>(links.length);
    for (long l : links) out.add(sources[(int) (l >>> 32)] + " -> " + sources[(int) l]);
    return out;
  }

  /** The links, each {@code copier << 32 | original} by source id, sorted (not a copy: do not modify). */
  long[] linkArray() {
    return links;
  }

  /** The hash codes of the item keys, by item id (not a copy: do not modify). */
  int[] itemHashArray() {
    return itemHash;
  }

  /**
   * The key of item {@code item}, as given to the builder.
   *
   * @throws IndexOutOfBoundsException if there is no such item
   */
  public String itemKey(int item) {
    return itemKeys[checkElementIndex(item, itemKeys.length, "item")];
  }

  /** The id of the item with {@code key}, if any. */
  public OptionalInt itemId(String key) {
    Map<String, Integer> index = itemIndex;
    if (index == null) {
      synchronized (this) {
        index = itemIndex;
        if (index == null) {
          index = new HashMap<>(itemKeys.length * 2);
          for (int i = 0; i < itemKeys.length; i++) index.put(itemKeys[i], i);
          itemIndex = index;
        }
      }
    }
    Integer i = index.get(checkNotNull(key, "key"));
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** The attribute index of {@code item} (into {@link #attributes()}). */
  public int attributeOf(int item) {
    return itemAttribute[item];
  }

  /** The display text of category code {@code code} (categorical attributes' class values). */
  public String category(int code) {
    return categories[checkElementIndex(code, categories.length, "category")];
  }

  /** How a class value reads: {@code 2011-12-01T13:55Z}-style numbers stay numbers; categories their label. */
  public String describe(int item, double lo, double hi) {
    Attribute a = attributes.get(itemAttribute[item]);
    if (!a.isContinuous()) return categories[(int) lo];
    return lo == hi ? Attribute.trim(lo) : "[" + Attribute.trim(lo) + ".." + Attribute.trim(hi) + "]";
  }

  // ---- the columnar layout, for the algorithms in this package --------------------------------

  int[] itemAttributeArray() {
    return itemAttribute;
  }

  int[] itemClassStart() {
    return itemClassStart;
  }

  double[] classLo() {
    return classLo;
  }

  double[] classHi() {
    return classHi;
  }

  int[] classObsStart() {
    return classObsStart;
  }

  int[] obsSource() {
    return obsSource;
  }

  /**
   * The problem restricted to the items with {@code keep[item]}, compacted (items renumbered in
   * order, sources and categories as they are): a sample to warm up on.
   */
  TruthProblem subset(boolean[] keep) {
    int n = 0;
    int classes = 0;
    int observations = 0;
    for (int i = 0; i < itemKeys.length; i++) {
      if (!keep[i]) continue;
      n++;
      classes += itemClassStart[i + 1] - itemClassStart[i];
      observations += classObsStart[itemClassStart[i + 1]] - classObsStart[itemClassStart[i]];
    }
    String[] keys = new String[n];
    int[] hash = new int[n];
    int[] attribute = new int[n];
    int[] ics = new int[n + 1];
    double[] lo = new double[classes];
    double[] hi = new double[classes];
    int[] cos = new int[classes + 1];
    int[] src = new int[observations];
    int item = 0;
    int c = 0;
    int o = 0;
    for (int i = 0; i < itemKeys.length; i++) {
      if (!keep[i]) continue;
      keys[item] = itemKeys[i];
      hash[item] = itemHash[i];
      attribute[item] = itemAttribute[i];
      ics[item++] = c;
      for (int k = itemClassStart[i]; k < itemClassStart[i + 1]; k++, c++) {
        lo[c] = classLo[k];
        hi[c] = classHi[k];
        cos[c] = o;
        int from = classObsStart[k];
        int count = classObsStart[k + 1] - from;
        System.arraycopy(obsSource, from, src, o, count);
        o += count;
      }
    }
    ics[n] = c;
    cos[c] = o;
    return new TruthProblem(attributes, sources, categories, keys, hash, attribute, ics, lo, hi, cos, src, links);
  }

  /** {@code TruthProblem[220,000 items, 38 sources, 2,870,000 observations in 400,000 classes]}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "TruthProblem[%d items, %d sources, %d observations in %d classes]",
        itemCount(), sourceCount(), observationCount(), classCount());
  }

  /**
   * Collects observations and compiles them into a {@link TruthProblem}. Register attributes,
   * sources and items once, then add observations by id; this keeps the per-observation cost to
   * four array stores.
   */
  public static final class Builder {
    private final List<Attribute> attributes = new java.util.ArrayList<>();
    private final Map<String, Integer> sourceIds = new HashMap<>();
    private String[] sourceNames = new String[16];
    private final Map<String, Integer> categoryIds = new HashMap<>();
    private String[] categoryNames = new String[16];
    private final Map<String, Integer> itemIds = new HashMap<>();
    private String[] itemKeys = new String[1024];
    private int[] itemHash = new int[1024];
    private int[] itemAttribute = new int[1024];
    private int items;
    private int[] obsItem = new int[4096];
    private int[] obsSource = new int[4096];
    private double[] obsLo = new double[4096];
    private double[] obsHi = new double[4096];
    private int observations;
    private long[] links = new long[0];
    private int linkCount;
    private boolean built;

    private Builder() {}

    /** Registers an attribute; returns its index. */
    public int attribute(Attribute attribute) {
      attributes.add(checkNotNull(attribute, "attribute"));
      return attributes.size() - 1;
    }

    /** The id of the source named {@code name}, registering it on first use. */
    public int source(String name) {
      checkNotNull(name, "name");
      Integer id = sourceIds.get(name);
      if (id != null) return id;
      int s = sourceIds.size();
      if (s == sourceNames.length) sourceNames = Arrays.copyOf(sourceNames, s * 2);
      sourceNames[s] = name;
      sourceIds.put(name, s);
      return s;
    }

    /**
     * The id of the item {@code key}, registering it for {@code attribute} on first use.
     *
     * @throws IllegalArgumentException if the attribute index is unknown, or the key was registered
     *     before with another attribute
     */
    public int item(String key, int attribute) {
      checkNotNull(key, "key");
      checkElementIndex(attribute, attributes.size(), "attribute");
      Integer id = itemIds.get(key);
      if (id != null) {
        checkArgument(itemAttribute[id] == attribute,
            "item '%s' was registered with attribute %s, now %s; one key, one attribute", key, itemAttribute[id],
            attribute);
        return id;
      }
      if (items == itemKeys.length) {
        itemKeys = Arrays.copyOf(itemKeys, items * 2);
        itemHash = Arrays.copyOf(itemHash, items * 2);
        itemAttribute = Arrays.copyOf(itemAttribute, items * 2);
      }
      itemKeys[items] = key;
      itemHash[items] = key.hashCode(); // computed (and cached) by the map lookup above
      itemAttribute[items] = attribute;
      itemIds.put(key, items);
      return items++;
    }

    /** The code of the category whose {@link Label#key()} is {@code label.key()}. */
    public int category(Label label) {
      String key = checkNotNull(label, "label").key();
      Integer id = categoryIds.get(key);
      if (id != null) {
        // the display text must not depend on which spelling came first
        String text = label.text().strip();
        if (text.compareTo(categoryNames[id]) < 0) categoryNames[id] = text;
        return id;
      }
      int c = categoryIds.size();
      if (c == categoryNames.length) categoryNames = Arrays.copyOf(categoryNames, c * 2);
      categoryNames[c] = label.text().strip();
      categoryIds.put(key, c);
      return c;
    }

    /**
     * Adds "{@code source} says the value of {@code item} lies in {@code [lo..hi]}".
     *
     * @throws IllegalArgumentException if an id is unknown, a bound is NaN, or {@code lo > hi}
     */
    public Builder observe(int item, int source, double lo, double hi) {
      checkState();
      checkElementIndex(item, items, "item");
      checkElementIndex(source, sourceIds.size(), "source");
      checkArgument(lo <= hi, "an observation needs lo <= hi (and no NaN), got %s and %s for item '%s'", lo, hi,
          itemKeys[item]);
      if (observations == obsItem.length) {
        int n = observations * 2;
        obsItem = Arrays.copyOf(obsItem, n);
        obsSource = Arrays.copyOf(obsSource, n);
        obsLo = Arrays.copyOf(obsLo, n);
        obsHi = Arrays.copyOf(obsHi, n);
      }
      obsItem[observations] = item;
      obsSource[observations] = source;
      obsLo[observations] = lo;
      obsHi[observations] = hi;
      observations++;
      return this;
    }

    /**
     * Adds a value of our algebra: a {@link TimeValue} as its epoch minute, a {@link Label} as its
     * category, a {@link Quantity} as its canonical interval in the base unit of its dimension
     * (items, percent, metres, days, square metres), a {@link DateValue} as its range of epoch
     * days (open ends are read as closed; infinite ends stay infinite).
     *
     * @throws IllegalArgumentException if the value's family does not fit the item's attribute kind
     */
    public Builder observe(int item, int source, Value value) {
      checkNotNull(value, "value");
      checkElementIndex(item, items, "item");
      Attribute a = attributes.get(itemAttribute[item]);
      if (value instanceof Label label) {
        checkArgument(!a.isContinuous(), "item '%s' is continuous (%s) but got the label %s", itemKeys[item], a, label);
        int code = category(label);
        return observe(item, source, code, code);
      }
      checkArgument(a.isContinuous(), "item '%s' is categorical (%s) but got %s; give a Label", itemKeys[item], a,
          value);
      if (value instanceof TimeValue time) {
        double m = time.epochMinute();
        return observe(item, source, m, m);
      }
      Interval interval;
      if (value instanceof Quantity q) {
        // in the base unit of its dimension, so that one attribute has one unit: 5 km and 5,000 m are one value
        interval = q.baseInterval(org.crosscheck.value.IntervalPolicy.DEFAULT);
      } else if (value instanceof DateValue d) {
        interval = d.range().toInterval(); // epoch days, [first..end); the open end is read as closed
      } else {
        throw new IllegalArgumentException("cannot compile value " + value + " of family " + value.family());
      }
      return observe(item, source, bound(interval.lower(), Double.NEGATIVE_INFINITY),
          bound(interval.upper(), Double.POSITIVE_INFINITY));
    }

    private static double bound(@Nullable BigDecimal b, double infinite) {
      return b == null ? infinite : b.doubleValue();
    }

    private void checkState() {
      if (built) throw new IllegalStateException("this builder has built its problem; start a new builder");
    }

    /**
     * Notes evidence from outside the observations that {@code copier} republishes what {@code
     * original} says (one outlet's article found to rewrite another's, by {@link
     * org.crosscheck.truth.echo.EchoDetector}): copy detection starts from the prior {@link
     * TruthConfig#linkPrior()} for the pair instead of {@link TruthConfig#copyPrior()}, and the data
     * can still confirm or clear it. Repeated links count once; a link of a source to itself is
     * ignored.
     *
     * @throws IndexOutOfBoundsException if a source id is unknown
     */
    public Builder link(int copier, int original) {
      checkState();
      checkElementIndex(copier, sourceIds.size(), "copier");
      checkElementIndex(original, sourceIds.size(), "original");
      if (copier == original) return this;
      if (linkCount == links.length) links = Arrays.copyOf(links, Math.max(8, linkCount * 2));
      links[linkCount++] = ((long) copier << 32) | original;
      return this;
    }

    /** The links by the sources' final ids, sorted, without repeats. */
    private long[] compiledLinks(int[] rank) {
      long[] out = new long[linkCount];
      for (int k = 0; k < linkCount; k++) {
        out[k] = ((long) rank[(int) (links[k] >>> 32)] << 32) | rank[(int) links[k]];
      }
      Arrays.sort(out);
      int n = 0;
      for (int k = 0; k < out.length; k++) if (k == 0 || out[k] != out[k - 1]) out[n++] = out[k];
      return Arrays.copyOf(out, n);
    }

    /** Number of observations added so far. */
    public int observationCount() {
      return observations;
    }

    /**
     * Compiles the observations: groups them by item, sorts each item's observations by value and
     * source, and merges identical values into classes. Linear in the number of observations apart
     * from the sort inside each item.
     */
    public TruthProblem build() {
      checkState();
      built = true;
      int sourceCount = sourceIds.size();
      String[] names = Arrays.copyOf(sourceNames, sourceCount);
      Integer[] order = new Integer[sourceCount];
      for (int i = 0; i < sourceCount; i++) order[i] = i;
      Arrays.sort(order, (x, y) -> names[x].compareTo(names[y]));
      int[] rank = new int[sourceCount];
      String[] sorted = new String[sourceCount];
      for (int r = 0; r < sourceCount; r++) {
        rank[order[r]] = r;
        sorted[r] = names[order[r]];
      }
      // category codes follow the categories' keys, not the order they were first seen, so that ties
      // between labels are broken the same way whatever the input order
      int categoryCount = categoryIds.size();
      String[] categoryDisplay = new String[categoryCount];
      if (categoryCount > 0) {
        String[] keys = categoryIds.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        int[] newCode = new int[categoryCount];
        for (int r = 0; r < keys.length; r++) {
          int old = java.util.Objects.requireNonNull(categoryIds.get(keys[r]), keys[r]);
          newCode[old] = r;
          categoryDisplay[r] = categoryNames[old];
        }
        boolean[] categorical = new boolean[attributes.size()];
        for (int a = 0; a < categorical.length; a++) categorical[a] = !attributes.get(a).isContinuous();
        for (int o = 0; o < observations; o++) {
          if (categorical[itemAttribute[obsItem[o]]]) {
            obsLo[o] = newCode[(int) obsLo[o]];
            obsHi[o] = newCode[(int) obsHi[o]];
          }
        }
      }
      // counting sort by item, moving the values themselves: each item's observations become one
      // contiguous run of (lo, hi, source), so sorting and merging them reads memory in order
      int[] start = new int[items + 1];
      for (int o = 0; o < observations; o++) start[obsItem[o] + 1]++;
      for (int i = 0; i < items; i++) start[i + 1] += start[i];
      int[] fill = Arrays.copyOf(start, items);
      double[] lo = new double[observations];
      double[] hi = new double[observations];
      int[] src = new int[observations];
      for (int o = 0; o < observations; o++) {
        int k = fill[obsItem[o]]++;
        lo[k] = obsLo[o];
        hi[k] = obsHi[o];
        src[k] = rank[obsSource[o]];
      }
      fill = null;
      // release the raw columns early: a 10 M observation build holds them twice otherwise
      obsItem = obsSource = new int[0];
      obsLo = obsHi = new double[0];
      Segments segments = new Segments(lo, hi, src, maxSegment(start));
      int[] itemClassStart = new int[items + 1];
      double[] cLo = new double[Math.max(16, observations / 2)];
      double[] cHi = new double[cLo.length];
      int[] cStart = new int[cLo.length + 1];
      int classes = 0;
      for (int i = 0; i < items; i++) {
        int from = start[i];
        int to = start[i + 1];
        segments.sort(from, to);
        itemClassStart[i] = classes;
        for (int k = from; k < to; k++) {
          if (k == from || lo[k] != lo[k - 1] || hi[k] != hi[k - 1]) {
            if (classes == cLo.length) {
              int n = cLo.length * 2;
              cLo = Arrays.copyOf(cLo, n);
              cHi = Arrays.copyOf(cHi, n);
              cStart = Arrays.copyOf(cStart, n + 1);
            }
            cLo[classes] = lo[k];
            cHi[classes] = hi[k];
            cStart[classes] = k;
            classes++;
          }
        }
      }
      itemClassStart[items] = classes;
      cStart[classes] = observations;
      List<Attribute> attrs = attributes;
      TruthProblem problem = new TruthProblem(ImmutableList.copyOf(attrs), sorted,
          categoryDisplay, Arrays.copyOf(itemKeys, items), Arrays.copyOf(itemHash, items),
          Arrays.copyOf(itemAttribute, items), itemClassStart, Arrays.copyOf(cLo, classes), Arrays.copyOf(cHi, classes),
          Arrays.copyOf(cStart, classes + 1), src, compiledLinks(rank));
      return problem;
    }

    private static int maxSegment(int[] start) {
      int max = 0;
      for (int i = 0; i + 1 < start.length; i++) max = Math.max(max, start[i + 1] - start[i]);
      return max;
    }

  }

  /**
   * Sorts runs of three parallel columns (lo, hi, source) in place, by {@code Double.compare} on
   * lo, then on hi, then by source: insertion sort for short runs, a merge sort of positions for
   * long ones. Observations equal in all three columns are interchangeable, so stability is moot.
   */
  private static final class Segments {
    private final double[] lo;
    private final double[] hi;
    private final int[] src;
    private final int[] order;
    private final int[] tmp;
    private final double[] loCopy;
    private final double[] hiCopy;
    private final int[] srcCopy;

    Segments(double[] lo, double[] hi, int[] src, int longest) {
      this.lo = lo;
      this.hi = hi;
      this.src = src;
      int n = longest > SHORT ? longest : 0;
      order = new int[n];
      tmp = new int[n];
      loCopy = new double[n];
      hiCopy = new double[n];
      srcCopy = new int[n];
    }

    private static final int SHORT = 24;

    private int compare(int a, int b) {
      int c = order(lo[a], lo[b]);
      if (c != 0) return c;
      c = order(hi[a], hi[b]);
      if (c != 0) return c;
      return Integer.compare(src[a], src[b]);
    }

    /**
     * {@code Double.compare(x, y)} for bounds (never NaN), without its two bit conversions when the
     * values differ or are equal and not zero: most comparisons here are between equal values.
     */
    private static int order(double x, double y) {
      if (x < y) return -1;
      if (x > y) return 1;
      return x != 0 ? 0 : Double.compare(x, y); // 0.0 and -0.0 are told apart as Double.compare does
    }

    void sort(int from, int to) {
      if (to - from <= SHORT) {
        for (int i = from + 1; i < to; i++) {
          double l = lo[i];
          double h = hi[i];
          int s = src[i];
          int j = i - 1;
          while (j >= from && greater(j, l, h, s)) {
            lo[j + 1] = lo[j];
            hi[j + 1] = hi[j];
            src[j + 1] = src[j];
            j--;
          }
          lo[j + 1] = l;
          hi[j + 1] = h;
          src[j + 1] = s;
        }
        return;
      }
      int n = to - from;
      for (int k = 0; k < n; k++) order[k] = from + k;
      mergeSort(0, n);
      for (int k = 0; k < n; k++) {
        loCopy[k] = lo[order[k]];
        hiCopy[k] = hi[order[k]];
        srcCopy[k] = src[order[k]];
      }
      System.arraycopy(loCopy, 0, lo, from, n);
      System.arraycopy(hiCopy, 0, hi, from, n);
      System.arraycopy(srcCopy, 0, src, from, n);
    }

    /** True when the observation at {@code j} sorts after (l, h, s). */
    private boolean greater(int j, double l, double h, int s) {
      int c = order(lo[j], l);
      if (c != 0) return c > 0;
      c = order(hi[j], h);
      if (c != 0) return c > 0;
      return src[j] > s;
    }

    /** Sorts {@code order[from..to)} by the observations the positions point at. */
    private void mergeSort(int from, int to) {
      if (to - from <= 1) return;
      int mid = (from + to) >>> 1;
      mergeSort(from, mid);
      mergeSort(mid, to);
      if (compare(order[mid - 1], order[mid]) <= 0) return;
      System.arraycopy(order, from, tmp, 0, mid - from);
      int i = 0;
      int n = mid - from;
      int j = mid;
      int k = from;
      while (i < n && j < to) order[k++] = compare(tmp[i], order[j]) <= 0 ? tmp[i++] : order[j++];
      while (i < n) order[k++] = tmp[i++];
    }
  }
}
