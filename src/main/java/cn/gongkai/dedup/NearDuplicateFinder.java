package cn.gongkai.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds probable duplicates among publications (SPEC section 5, fuzzy near-duplicates): two
 * publications of the same publisher, published at most {@code maxDays} days apart, whose
 * {@linkplain TitleSimilarity title similarity} is at least {@code threshold}.
 *
 * <p>Only pairs involving a probe (a publication loaded or changed in this run) are sought, among the
 * probes and a window the caller queried around them. Titles are never compared all against all: a
 * {@link PrefixIndex} per publisher yields the few titles that could reach the threshold, and size
 * bounds prune them before the exact similarity is computed. The result is exactly that of comparing
 * every pair; memory grows with the window and probes, not with everything ever loaded.
 */
public final class NearDuplicateFinder {

  /** The threshold SPEC section 5 names. */
  public static final double SPEC_THRESHOLD = 0.9;
  /** The date distance SPEC section 5 names, in days, both ends included. */
  public static final int SPEC_MAX_DAYS = 3;

  private static final Comparator<NearDuplicate> REPORT_ORDER = Comparator.comparing(NearDuplicate::publisher)
      .thenComparing(NearDuplicate::firstId)
      .thenComparing(NearDuplicate::secondId);

  private final JaccardThreshold threshold;
  private final int maxDays;

  /**
   * @param threshold the least similarity of a near-duplicate, in (0, 1], itself included
   * @param maxDays the greatest distance between the two publication dates, 0 or more, itself included
   */
  public NearDuplicateFinder(double threshold, int maxDays) {
    if (maxDays < 0) {
      throw new IllegalArgumentException("maxDays must be 0 or more, was " + maxDays);
    }
    this.threshold = new JaccardThreshold(threshold);
    this.maxDays = maxDays;
  }

  /**
   * Every near-duplicate pair with at least one member among {@code probes}, the other among the
   * probes or the {@code window}; each unordered pair once, sorted by publisher, then first id, then
   * second id. Candidates sharing an id are one publication: never paired with each other, and where
   * the window and the probes disagree about it, the probe (the newer data) is used.
   *
   * @param window publications around the probes; may include the probes and other publishers
   * @return an immutable list, empty when nothing is similar enough
   */
  public List<NearDuplicate> find(Collection<NearDuplicateCandidate> probes,
      Collection<NearDuplicateCandidate> window) {
    Map<String, RankedCandidate> ranked = ranked(byId(probes, window));
    Map<String, PrefixIndex> indexes = indexesByPublisher(ranked.values());
    Set<String> probeIds = new LinkedHashSet<>();
    probes.forEach(probe -> probeIds.add(probe.id()));
    List<NearDuplicate> found = new ArrayList<>();
    for (String probeId : probeIds) {
      RankedCandidate probe = ranked.get(probeId);
      if (probe != null) {
        PrefixIndex index = indexes.get(probe.candidate().publisher());
        index.forEachCandidate(probe, maxDays, other -> verify(probe, other, probeIds, found::add));
      }
    }
    found.sort(REPORT_ORDER);
    return List.copyOf(found);
  }

  private static Map<String, NearDuplicateCandidate> byId(Collection<NearDuplicateCandidate> probes,
      Collection<NearDuplicateCandidate> window) {
    Map<String, NearDuplicateCandidate> byId = new LinkedHashMap<>();
    window.forEach(candidate -> byId.put(candidate.id(), candidate));
    probes.forEach(candidate -> byId.put(candidate.id(), candidate));
    return byId;
  }

  /** The candidates by id, with ranked bigrams; titles with no bigrams are left out, as they match nothing. */
  private static Map<String, RankedCandidate> ranked(Map<String, NearDuplicateCandidate> byId) {
    Map<String, long[]> bigrams = new LinkedHashMap<>();
    byId.forEach((id, candidate) -> {
      long[] title = TitleSimilarity.bigramCodes(candidate.title());
      if (title.length > 0) {
        bigrams.put(id, title);
      }
    });
    BigramOrder order = BigramOrder.of(bigrams.values());
    Map<String, RankedCandidate> ranked = new HashMap<>(bigrams.size() * 2);
    bigrams.forEach((id, title) -> ranked.put(id, new RankedCandidate(byId.get(id), order.ranked(title))));
    return ranked;
  }

  private Map<String, PrefixIndex> indexesByPublisher(Collection<RankedCandidate> ranked) {
    Map<String, List<RankedCandidate>> byPublisher = new HashMap<>();
    ranked.forEach(title -> byPublisher.computeIfAbsent(title.candidate().publisher(), p -> new ArrayList<>())
        .add(title));
    Map<String, PrefixIndex> indexes = new HashMap<>(byPublisher.size() * 2);
    byPublisher.forEach((publisher, titles) -> indexes.put(publisher, new PrefixIndex(threshold, titles)));
    return indexes;
  }

  /**
   * Reports {@code other} if it is a near-duplicate of {@code probe}. A pair of two probes is met from
   * both sides, as every test here is symmetric; it is reported from the side of the smaller id only.
   */
  private void verify(RankedCandidate probe, RankedCandidate other, Set<String> probeIds,
      Consumer<NearDuplicate> report) {
    String probeId = probe.candidate().id();
    String otherId = other.candidate().id();
    if (probeId.equals(otherId) || probeIds.contains(otherId) && otherId.compareTo(probeId) < 0) {
      return;
    }
    if (!threshold.admitsSizes(probe.size(), other.size())) {
      return;
    }
    double similarity = TitleSimilarity.jaccard(probe.overlap(other), probe.size(), other.size());
    if (threshold.reachedBy(similarity)) {
      report.accept(NearDuplicate.of(probe.candidate(), other.candidate(), similarity));
    }
  }
}
