package cn.gongkai.sample;

import cn.gongkai.dedup.NearDuplicateFinder;
import cn.gongkai.dedup.PublicationKeys;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The titles already given out, per publication date and per creation year.
 *
 * <p>Per date, a title is never given out twice: two distinct publications must not share the
 * deduplication key "normalized title + published date" (SPEC section 5, K3) and merge by accident.
 * Titles are compared normalized as that key normalizes them.
 *
 * <p>Around a date, a title is refused by a strict claim when it would be a probable duplicate
 * (SPEC section 5): the same normalized title within {@link NearDuplicateFinder#SPEC_MAX_DAYS}
 * days, or one of the same template at least {@link NearDuplicateFinder#SPEC_THRESHOLD} alike.
 * Only titles of one template are compared, because titles of different templates differ in more
 * than a tenth of their bigrams by construction; the tests measure what the whole finder reports.
 *
 * <p>Per creation year, a title seen already (compared as written) is only stale: a bureau does not
 * publish its 2019 budget twice, but a large sample runs out of fresh titles and may repeat one on
 * another day.
 *
 * <p>Only the current and previous creation years and the days from a few before the current
 * creation date on are remembered, so memory stays bounded however many titles are claimed.
 */
final class PublishedTitles {

  private static final int NEAR_DAYS = NearDuplicateFinder.SPEC_MAX_DAYS;

  private final NavigableMap<LocalDate, DayTitles> titlesByDate = new TreeMap<>();
  private final NavigableMap<Integer, Set<String>> titlesByYear = new TreeMap<>();

  /** Whether {@code title}, exactly so, was given out for a publication created in {@code year}. */
  boolean isStale(String title, int year) {
    return titlesByYear.getOrDefault(year, Set.of()).contains(title);
  }

  /**
   * Claims {@code title}, made from {@code template}, for a publication created in
   * {@code createdYear} and published on {@code published}. Refused, claiming nothing, if a
   * publication of that day already has it, or, when {@code strict}, if it would be a probable
   * duplicate of a title published a few days around.
   */
  boolean claim(TitleTemplate template, String title, int createdYear, LocalDate published,
      boolean strict) {
    String normalized = PublicationKeys.normalizedTitle(title);
    DayTitles day = titlesByDate.get(published);
    if (day != null && day.normalized.contains(normalized)) {
      return false;
    }
    TitleShingles shingles = TitleShingles.ofNormalized(normalized);
    if (strict && nearAnother(template, normalized, shingles, published)) {
      return false;
    }
    titlesByDate.computeIfAbsent(published, date -> new DayTitles()).add(template, normalized,
        shingles);
    titlesByYear.computeIfAbsent(createdYear, year -> new HashSet<>()).add(title);
    return true;
  }

  /**
   * Forgets what no publication created on or after {@code created} can collide with: the days
   * more than the near-duplicate distance before it, and the creation years before the previous.
   */
  void forgetBefore(LocalDate created) {
    titlesByDate.headMap(created.minusDays(NEAR_DAYS), false).clear();
    titlesByYear.headMap(created.getYear() - 1, false).clear();
  }

  private boolean nearAnother(TitleTemplate template, String normalized, TitleShingles shingles,
      LocalDate published) {
    for (DayTitles day : titlesByDate.subMap(published.minusDays(NEAR_DAYS), true,
        published.plusDays(NEAR_DAYS), true).values()) {
      if (day.normalized.contains(normalized)) {
        return true;
      }
      List<TitleShingles> others = day.byTemplate.get(template);
      for (int i = 0; others != null && i < others.size(); i++) {
        if (shingles.reaches(others.get(i), NearDuplicateFinder.SPEC_THRESHOLD)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The titles of one publication date. */
  private static final class DayTitles {

    private final Set<String> normalized = new HashSet<>();
    /** By identity: each template is one constant of the catalog. */
    private final Map<TitleTemplate, List<TitleShingles>> byTemplate = new IdentityHashMap<>();

    void add(TitleTemplate template, String title, TitleShingles shingles) {
      normalized.add(title);
      byTemplate.computeIfAbsent(template, key -> new ArrayList<>()).add(shingles);
    }
  }
}
