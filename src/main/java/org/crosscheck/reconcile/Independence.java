package org.crosscheck.reconcile;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.claim.Claim;

/**
 * Tells independent corroboration from echoes. Two claims are <em>dependent</em> when they share
 * an origin: the same outlet, agency, quoted speaker or the speaker's organization, the same
 * document, or documents one of which echoes (rewrites) the other. Counting independent sources
 * counts connected groups of dependent claims.
 *
 * <p>Immutable and thread-safe.
 */
public final class Independence {
  private static final Independence PLAIN = new Independence(ImmutableMap.of());

  /** Document id → the document it echoes, following chains to the first original. */
  private final ImmutableMap<String, String> echoOf;

  private Independence(ImmutableMap<String, String> echoOf) {
    this.echoOf = echoOf;
  }

  /** Origins from attributions and documents only. */
  public static Independence plain() {
    return PLAIN;
  }

  /**
   * Origins that also follow echoes: {@code echoes} maps a document to the document it rewrites.
   *
   * @throws IllegalArgumentException if the echoes form a cycle
   */
  public static Independence withEchoes(Map<String, String> echoes) {
    checkNotNull(echoes, "echoes");
    Map<String, String> roots = new HashMap<>();
    for (String doc : echoes.keySet()) {
      String cur = doc;
      int steps = 0;
      while (echoes.containsKey(cur)) {
        cur = echoes.get(cur);
        checkArgument(++steps <= echoes.size(), "echoes form a cycle through document %s", doc);
      }
      roots.put(doc, cur);
    }
    return new Independence(ImmutableMap.copyOf(roots));
  }

  /** The echo links (document → original). */
  public ImmutableMap<String, String> echoes() {
    return echoOf;
  }

  /** The origin keys of a claim: its attribution's origins plus {@code doc:<original document>}. */
  public ImmutableSortedSet<String> origins(Claim claim) {
    ImmutableSortedSet<String> base = claim.attribution().origins();
    String doc = claim.document();
    if (doc == null) return base;
    return ImmutableSortedSet.<String>naturalOrder().addAll(base).add("doc:" + echoOf.getOrDefault(doc, doc)).build();
  }

  /** Whether two claims share no origin. A claim is never independent of itself. */
  public boolean independent(Claim a, Claim b) {
    if (a.id().equals(b.id())) return false;
    return Collections.disjoint(origins(a), origins(b));
  }

  /**
   * Labels each claim with its cluster of dependent claims: claims sharing an origin, directly or
   * through others, get the same label (the index of the cluster's first claim).
   */
  public int[] clusters(List<Claim> claims) {
    int n = claims.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    Map<String, Integer> firstWithOrigin = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String o : origins(claims.get(i))) {
        Integer j = firstWithOrigin.putIfAbsent(o, i);
        if (j != null) union(parent, i, j);
      }
    }
    int[] label = new int[n];
    for (int i = 0; i < n; i++) label[i] = find(parent, i);
    return label;
  }

  /** The number of independent sources among {@code claims}. */
  public int countIndependent(List<Claim> claims) {
    int[] label = clusters(claims);
    int count = 0;
    for (int i = 0; i < label.length; i++) if (label[i] == i) count++;
    return count;
  }

  private static int find(int[] p, int x) {
    while (p[x] != x) {
      p[x] = p[p[x]];
      x = p[x];
    }
    return x;
  }

  private static void union(int[] p, int a, int b) {
    int ra = find(p, a);
    int rb = find(p, b);
    if (ra == rb) return;
    if (ra < rb) p[rb] = ra;
    else p[ra] = rb;
  }

  @Override
  public String toString() {
    return echoOf.isEmpty() ? "Independence[plain]" : "Independence[" + echoOf.size() + " echoed documents]";
  }
}
