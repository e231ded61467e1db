package cn.gongkai.dedup;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Two publications of one publisher that are probably the same document (SPEC section 5): reported
 * for review, not merged. The pair is unordered, so it is always written with the smaller id first.
 *
 * @param similarity the {@linkplain TitleSimilarity#jaccard(String, String) title similarity}, in (0, 1]
 */
public record NearDuplicate(
    String firstId,
    String firstTitle,
    LocalDate firstDate,
    String secondId,
    String secondTitle,
    LocalDate secondDate,
    String publisher,
    double similarity) {

  public NearDuplicate {
    Objects.requireNonNull(firstId, "firstId");
    Objects.requireNonNull(firstTitle, "firstTitle");
    Objects.requireNonNull(firstDate, "firstDate");
    Objects.requireNonNull(secondId, "secondId");
    Objects.requireNonNull(secondTitle, "secondTitle");
    Objects.requireNonNull(secondDate, "secondDate");
    Objects.requireNonNull(publisher, "publisher");
    if (firstId.compareTo(secondId) >= 0) {
      throw new IllegalArgumentException("firstId must sort before secondId: " + firstId + ", " + secondId);
    }
    if (!(similarity > 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity must be in (0, 1], was " + similarity);
    }
  }

  /**
   * The pair of {@code a} and {@code b}, in either order.
   *
   * @throws IllegalArgumentException if they have the same id or different publishers
   */
  public static NearDuplicate of(NearDuplicateCandidate a, NearDuplicateCandidate b, double similarity) {
    if (!a.publisher().equals(b.publisher())) {
      throw new IllegalArgumentException("near-duplicates share a publisher: " + a.publisher() + ", "
          + b.publisher());
    }
    NearDuplicateCandidate first = a.id().compareTo(b.id()) < 0 ? a : b;
    NearDuplicateCandidate second = first == a ? b : a;
    return new NearDuplicate(first.id(), first.title(), first.publishedDate(), second.id(), second.title(),
        second.publishedDate(), a.publisher(), similarity);
  }
}
