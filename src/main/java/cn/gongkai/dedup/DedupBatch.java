package cn.gongkai.dedup;

import cn.gongkai.publication.PublicationRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What deduplicating groups of rows decided, to be written in one go.
 *
 * @param upserts the publications to write: new ones, and loaded ones the rows merged into
 * @param deletions loaded publications absorbed by another (a row bridged them): figures drop by one each
 * @param outcomes for each row, in order: whether it made a new publication or merged into one
 * @param publicationOfRow for each row, in order: the id of the publication it is written in
 * @param absorbedBy each deletion, to the publication that absorbed it
 */
public record DedupBatch(
    List<Upsert> upserts, Set<String> deletions, List<RowOutcome> outcomes,
    List<String> publicationOfRow, Map<String, String> absorbedBy) {

  public DedupBatch {
    upserts = List.copyOf(upserts);
    deletions = Set.copyOf(deletions);
    outcomes = List.copyOf(outcomes);
    publicationOfRow = List.copyOf(publicationOfRow);
    absorbedBy = Map.copyOf(absorbedBy);
  }

  /**
   * This batch without the publications Elasticsearch refused: their rows are rejected, and what
   * they would have absorbed stays.
   */
  public DedupBatch without(Set<String> refused) {
    Set<String> kept = new HashSet<>(deletions);
    kept.removeIf(id -> refused.contains(absorbedBy.get(id)));
    return new DedupBatch(upserts.stream().filter(upsert -> !refused.contains(upsert.id())).toList(), kept,
        outcomes, publicationOfRow, absorbedBy);
  }

  /**
   * Whether writing this batch makes the publications {@code first} and {@code second} one: both end
   * up in the same publication, and that publication is among the writes (a batch {@link #without}
   * the refused ones leaves a refused merge out).
   */
  public boolean joins(String first, String second) {
    String survivor = absorbedBy.getOrDefault(first, first);
    return survivor.equals(absorbedBy.getOrDefault(second, second))
        && upserts.stream().anyMatch(upsert -> upsert.id().equals(survivor));
  }

  /**
   * A publication to write under its id.
   *
   * @param replaced the loaded publications it replaces as they were read: the one of its id and those
   *     it absorbs; empty for a new publication. What changes between them and {@code publication} is
   *     what the near-duplicate search and the model's training take from this write.
   * @param keyIds the {@link PublicationKeyIds#sorted ids of the keys} of its rows, as it is stored with
   */
  public record Upsert(String id, MergedPublication publication, List<MergedPublication> replaced,
      List<String> keyIds) {
    public Upsert {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(publication, "publication");
      Objects.requireNonNull(replaced, "replaced");
      Objects.requireNonNull(keyIds, "keyIds");
    }

    /** Whether it is new, or no longer has the publisher, 发布日期 or title of the one publication it replaces. */
    public boolean movesForComparison() {
      if (replaced.size() != 1) {
        return true;
      }
      PublicationRecord before = replaced.get(0).record();
      PublicationRecord after = publication.record();
      return !(Objects.equals(before.publisher(), after.publisher())
          && Objects.equals(before.publishedDate(), after.publishedDate()) && Objects.equals(before.title(), after.title()));
    }
  }

  /** What became of one row. */
  public enum RowOutcome {
    /** It is the first row of a publication no earlier row had: it adds one to the figures. */
    NEW_PUBLICATION,
    /** It shares a key with a publication already loaded or a row read before it: it adds nothing. */
    MERGED
  }
}
