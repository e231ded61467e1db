package cn.gongkai.dedup;

import cn.gongkai.publication.Channel;
import cn.gongkai.publication.Provenance;
import cn.gongkai.publication.PublicationRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Merges the rows of one publication by the rules of SPEC section 5, independently of their order:
 * the union of channels, the earliest 发布日期, and for every other field the first non-blank value in
 * canonical order (earliest 发布日期 first, then by content fingerprint). Figures therefore come out
 * the same however the rows were split across files and runs.
 */
public final class PublicationMerge {

  private PublicationMerge() {}

  /** @param rows at least one row; rows with the same content count once as a contribution */
  public static MergedPublication merge(Collection<PublicationRecord> rows) {
    return merge(List.of(), rows);
  }

  /**
   * Loaded publications and new rows, as one publication: every contribution and every provenance
   * of the loaded ones, and the new rows'; the origin of the first loaded one that has one (the
   * survivor comes first).
   */
  public static MergedPublication merge(Collection<MergedPublication> loaded, Collection<PublicationRecord> rows) {
    List<PublicationRecord> all = new ArrayList<>(rows);
    List<Provenance> provenance = new ArrayList<>();
    RowOrigin origin = null;
    for (MergedPublication publication : loaded) {
      all.addAll(publication.contributions());
      provenance.addAll(publication.provenance());
      origin = origin == null ? publication.origin() : origin;
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("a publication has at least one row");
    }
    rows.forEach(row -> provenance.add(row.provenance()));
    List<PublicationRecord> contributions = distinctByContent(all);
    return new MergedPublication(mergedRecord(contributions), distinct(provenance), contributions, origin);
  }

  private static List<PublicationRecord> distinctByContent(Collection<PublicationRecord> rows) {
    Map<String, PublicationRecord> byFingerprint = new TreeMap<>();
    for (PublicationRecord row : rows) {
      byFingerprint.putIfAbsent(ContentFingerprint.of(row), row);
    }
    // canonical order: earliest date first, then by the fingerprints just computed (never recomputed per comparison)
    List<Map.Entry<String, PublicationRecord>> distinct = new ArrayList<>(byFingerprint.entrySet());
    distinct.sort(Comparator.comparing((Map.Entry<String, PublicationRecord> entry) -> entry.getValue().publishedDate())
        .thenComparing(Map.Entry::getKey));
    return distinct.stream().map(Map.Entry::getValue).toList();
  }

  private static final Comparator<Provenance> FILE_AND_LINE =
      Comparator.comparing(Provenance::file).thenComparingLong(Provenance::line);

  /** Each source row once (the first provenance given of it), ordered by file and line. */
  private static List<Provenance> distinct(List<Provenance> all) {
    List<Provenance> sorted = new ArrayList<>(all);
    sorted.sort(FILE_AND_LINE); // stable: of one row's provenances, the first given comes first
    List<Provenance> distinct = new ArrayList<>(sorted.size());
    for (Provenance provenance : sorted) {
      Provenance last = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
      if (last == null || FILE_AND_LINE.compare(last, provenance) != 0) {
        distinct.add(provenance);
      }
    }
    return distinct;
  }

  private static PublicationRecord mergedRecord(List<PublicationRecord> rows) {
    PublicationRecord first = rows.get(0);
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    rows.forEach(row -> channels.addAll(row.channels()));
    LocalDate earliest = first.publishedDate(); // canonical order starts with the earliest
    return new PublicationRecord(
        firstOf(rows, PublicationRecord::indexNo),
        first.title(),
        firstOf(rows, PublicationRecord::docNo),
        first.publisher(),
        first.organization(),
        first.department(),
        firstOf(rows, PublicationRecord::createdDate),
        earliest,
        first.disclosure(),
        channels,
        firstOf(rows, PublicationRecord::declaredCategory),
        firstOf(rows, PublicationRecord::docType),
        firstOf(rows, PublicationRecord::validity),
        firstOf(rows, PublicationRecord::repealedDate),
        firstOf(rows, PublicationRecord::url),
        firstOf(rows, PublicationRecord::summary),
        first.provenance());
  }

  /** The first non-blank value in canonical order; required fields are never blank, so the first row's. */
  private static <T> T firstOf(List<PublicationRecord> rows, Function<PublicationRecord, T> field) {
    return rows.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
  }
}
