package cn.gongkai.dedup;

import cn.gongkai.publication.Provenance;
import cn.gongkai.publication.PublicationRecord;
import java.util.List;
import java.util.Objects;

/**
 * One publication made of every row that shares a key with it (SPEC section 5).
 *
 * @param record the merged values: the union of channels, the earliest 发布日期, and for every other
 *     field the first non-blank value in canonical order; its provenance is the first row's
 * @param provenance every contributing row (file, line, department), each once
 * @param contributions the distinct rows (by content), in canonical order, kept so that a row
 *     arriving later merges by the same rules
 * @param origin the row that created it, or null when unknown (loaded before origins were recorded,
 *     or not yet assigned: the deduplicator sets it on a new publication)
 */
public record MergedPublication(
    PublicationRecord record, List<Provenance> provenance, List<PublicationRecord> contributions, RowOrigin origin) {

  public MergedPublication {
    Objects.requireNonNull(record, "record");
    provenance = List.copyOf(provenance);
    contributions = List.copyOf(contributions);
  }

  /** A publication of one row: what {@link PublicationMerge#merge} makes of it, without its work. */
  static MergedPublication of(PublicationRecord row) {
    return new MergedPublication(row, List.of(row.provenance()), List.of(row), null);
  }

  MergedPublication withOrigin(RowOrigin newOrigin) {
    return new MergedPublication(record, provenance, contributions, newOrigin);
  }

  /** How many source rows make this publication. */
  public int rows() {
    return provenance.size();
  }
}
