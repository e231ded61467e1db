package cn.gongkai.dedup;

import cn.gongkai.publication.PublicationRecord;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A publication as the {@link NearDuplicateFinder} sees it: who published it, when, and its title.
 *
 * @param id the publication's id; two candidates with the same id are the same publication and never a
 *     near-duplicate of each other
 * @param publisher kept as {@link PublicationKeys#publisher} writes it: the same publisher typed with
 *     other spaces or widths is one publisher
 * @param title as published; a title with no letters or digits is similar to nothing
 */
public record NearDuplicateCandidate(String id, String publisher, LocalDate publishedDate, String title) {

  public NearDuplicateCandidate {
    Objects.requireNonNull(id, "id");
    publisher = PublicationKeys.publisher(Objects.requireNonNull(publisher, "publisher"));
    Objects.requireNonNull(publishedDate, "publishedDate");
    Objects.requireNonNull(title, "title");
  }

  /** The candidate for the publication {@code id} whose (merged) values are {@code record}. */
  public static NearDuplicateCandidate of(String id, PublicationRecord record) {
    return new NearDuplicateCandidate(id, record.publisher(), record.publishedDate(), record.title());
  }
}
