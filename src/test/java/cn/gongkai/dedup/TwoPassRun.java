package cn.gongkai.dedup;

import cn.gongkai.publication.Provenance;
import cn.gongkai.publication.PublicationRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the load's two passes over rows, in memory, as the load step does it over Elasticsearch:
 * group every row, look the keys up among the loaded publications, then write each group when its last
 * row comes, in chunks of {@code chunk} rows.
 */
final class TwoPassRun {

  private TwoPassRun() {}

  /** The run's decisions, with outcomes and publications in the rows' order. */
  static DedupBatch load(Deduplicator deduplicator, InMemoryPublicationStore store, List<PublicationRecord> rows,
      int chunk) throws IOException {
    RunGroups.Builder builder = new RunGroups.Builder();
    for (int i = 0; i < rows.size(); i++) {
      // each row a file of its own: test rows of one file need not come in line order
      builder.file(name(i));
      builder.row(new Provenance(name(i), 2, "办公室"), 0, PublicationKeys.of(rows.get(i)));
    }
    builder.forEachKeyIdBatch(100, ids -> store.publicationsByKeyIds(ids).forEach(builder::reach));
    RunGroups groups = builder.build();
    WaitingRows<Integer> waiting = new WaitingRows<>(groups, 1_000);
    DedupBatch.RowOutcome[] outcomes = new DedupBatch.RowOutcome[rows.size()];
    String[] publicationOfRow = new String[rows.size()];
    List<DedupBatch.Upsert> upserts = new ArrayList<>();
    java.util.Set<String> deletions = new java.util.HashSet<>();
    java.util.Map<String, String> absorbedBy = new java.util.HashMap<>();
    for (int from = 0; from < rows.size(); from += chunk) {
      List<Deduplicator.RunGroup> complete = new ArrayList<>();
      List<Integer> order = new ArrayList<>();
      for (int i = from; i < Math.min(rows.size(), from + chunk); i++) {
        List<Integer> group = waiting.add(i, i);
        if (group != null) {
          complete.add(new Deduplicator.RunGroup(group.stream().map(rows::get).toList(),
              groups.reached(groups.group(i))));
          order.addAll(group);
        }
      }
      DedupBatch batch = deduplicator.merge(complete);
      store.apply(batch);
      waiting.commit();
      for (int i = 0; i < order.size(); i++) {
        outcomes[order.get(i)] = batch.outcomes().get(i);
        publicationOfRow[order.get(i)] = batch.publicationOfRow().get(i);
      }
      upserts.addAll(batch.upserts());
      deletions.addAll(batch.deletions());
      absorbedBy.putAll(batch.absorbedBy());
    }
    return new DedupBatch(upserts, deletions, List.of(outcomes), List.of(publicationOfRow), absorbedBy);
  }

  private static String name(int row) {
    return "row-" + row;
  }
}
