package cn.gongkai.sample;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The titles already given out, per publication date and per creation year.
 *
 * <p>Per date, a title is never given out twice: two distinct publications must not share the
 * deduplication key "normalized title + published date" (SPEC section 5, K3) and merge by accident.
 * Titles are normalized more aggressively than the pipeline does (every character that is not a
 * letter or digit goes), so a title unique here is unique there.
 *
 * <p>Per creation year, a title seen already (compared as written: cheaper, and enough to steer
 * the choice) is only stale: a bureau does not publish its 2019 budget twice, but a large sample
 * runs out of fresh titles and may repeat one on another day.
 *
 * <p>Only the current and previous creation years and the days from the current creation date on
 * are remembered, so memory stays bounded however many titles are claimed.
 */
final class PublishedTitles {

  private final NavigableMap<LocalDate, Set<String>> titlesByDate = new TreeMap<>();
  private final NavigableMap<Integer, Set<String>> titlesByYear = new TreeMap<>();

  /** Whether {@code title}, exactly so, was given out for a publication created in {@code year}. */
  boolean isStale(String title, int year) {
    return titlesByYear.getOrDefault(year, Set.of()).contains(title);
  }

  /**
   * Claims {@code title} for a publication created in {@code createdYear} and published on
   * {@code published}; false, claiming nothing, if a publication of that day already has it.
   */
  boolean claim(String title, int createdYear, LocalDate published) {
    if (!titlesByDate.computeIfAbsent(published, date -> new HashSet<>()).add(normalized(title))) {
      return false;
    }
    titlesByYear.computeIfAbsent(createdYear, year -> new HashSet<>()).add(title);
    return true;
  }

  /**
   * Forgets what no publication created on or after {@code created} can collide with: the days
   * before it, and the creation years before the previous one.
   */
  void forgetBefore(LocalDate created) {
    titlesByDate.headMap(created, false).clear();
    titlesByYear.headMap(created.getYear() - 1, false).clear();
  }

  /** The title as the keys compare it: NFKC, lower-case, letters and digits only. */
  static String normalized(String title) {
    String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
