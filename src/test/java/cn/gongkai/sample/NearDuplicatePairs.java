package cn.gongkai.sample;

import cn.gongkai.dedup.NearDuplicate;
import cn.gongkai.dedup.NearDuplicateCandidate;
import cn.gongkai.dedup.NearDuplicateFinder;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The probable duplicates among publications as the ingest job finds them (SPEC section 5): the
 * real {@link NearDuplicateFinder} at the SPEC's threshold and distance, fed the way the job's
 * near-duplicate step feeds it, in blocks of one publisher's publications over a few weeks, each
 * compared with everything of that publisher a few days around it.
 */
final class NearDuplicatePairs {

  private static final int BLOCK = 2_000;
  private static final int BLOCK_DAYS = 31;
  private static final Comparator<NearDuplicateCandidate> ORDER =
      Comparator.comparing(NearDuplicateCandidate::publisher)
          .thenComparing(NearDuplicateCandidate::publishedDate)
          .thenComparing(NearDuplicateCandidate::id);

  private NearDuplicatePairs() {
  }

  /** Hands every near-duplicate pair among {@code publications} to {@code found}, each once. */
  static void find(List<NearDuplicateCandidate> publications, Consumer<NearDuplicate> found) {
    NearDuplicateFinder finder =
        new NearDuplicateFinder(NearDuplicateFinder.SPEC_THRESHOLD, NearDuplicateFinder.SPEC_MAX_DAYS);
    List<NearDuplicateCandidate> sorted = publications.stream().sorted(ORDER).toList();
    int start = 0;
    while (start < sorted.size()) {
      int end = start + 1;
      while (end < sorted.size() && fits(sorted.get(start), sorted.get(end), end - start)) {
        end++;
      }
      List<NearDuplicateCandidate> block = sorted.subList(start, end);
      finder.find(block, window(sorted, start, end)).forEach(found);
      start = end;
    }
  }

  /** How many pairs {@link #find} reports. */
  static int count(List<NearDuplicateCandidate> publications) {
    int[] pairs = {0};
    find(publications, pair -> pairs[0]++);
    return pairs[0];
  }

  private static boolean fits(NearDuplicateCandidate first, NearDuplicateCandidate next, int size) {
    return size < BLOCK && first.publisher().equals(next.publisher())
        && ChronoUnit.DAYS.between(first.publishedDate(), next.publishedDate()) <= BLOCK_DAYS;
  }

  /** The block's publisher's publications from maxDays before its first to maxDays after its last. */
  private static List<NearDuplicateCandidate> window(List<NearDuplicateCandidate> sorted, int start,
      int end) {
    NearDuplicateCandidate first = sorted.get(start);
    NearDuplicateCandidate last = sorted.get(end - 1);
    List<NearDuplicateCandidate> window = new ArrayList<>();
    int from = start;
    while (from > 0 && near(sorted.get(from - 1), first, -1)) {
      from--;
    }
    int to = end;
    while (to < sorted.size() && near(sorted.get(to), last, 1)) {
      to++;
    }
    window.addAll(sorted.subList(from, to));
    return window;
  }

  private static boolean near(NearDuplicateCandidate candidate, NearDuplicateCandidate edge,
      int direction) {
    long days = ChronoUnit.DAYS.between(edge.publishedDate(), candidate.publishedDate()) * direction;
    return candidate.publisher().equals(edge.publisher())
        && days <= NearDuplicateFinder.SPEC_MAX_DAYS;
  }
}
