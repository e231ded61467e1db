package cn.gongkai.job;

import cn.gongkai.classify.ClassifierChain;
import cn.gongkai.dedup.DedupBatch;
import cn.gongkai.dedup.Deduplicator;
import cn.gongkai.dedup.RunPublicationStore;
import cn.gongkai.load.LoadedPublications;
import cn.gongkai.normalize.NormalizedRow;
import cn.gongkai.publication.PublicationRecord;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Deduplicates a chunk of normalized rows against itself and everything loaded before, writes the
 * resulting publications (classified) with one bulk request, and credits each row's outcome (a new
 * publication, or merged into one) to its file in the ledger; the rows of a publication
 * Elasticsearch refused are rejected with its reason, and the rest of the chunk stands. One writer serves one load step: it
 * remembers the keys the step wrote, which Elasticsearch's searches do not see until the refresh
 * after the load.
 */
public class PublicationItemWriter implements ItemWriter<NormalizedRow> {

  private final LoadedPublications publications;
  private final RunPublicationStore store;
  private final Deduplicator deduplicator;
  private final ClassifierChain classifier;
  private final RunLedger ledger;
  private final long run;
  private final Clock clock;

  /** @param run the ingest run (job instance) writing, recorded on every publication it touches */
  public PublicationItemWriter(LoadedPublications publications, ClassifierChain classifier, RunLedger ledger,
      long run, Clock clock) {
    this.publications = publications;
    this.store = new RunPublicationStore(publications);
    this.deduplicator = new Deduplicator(store, run);
    this.classifier = classifier;
    this.ledger = ledger;
    this.run = run;
    this.clock = clock;
  }

  @Override
  public void write(Chunk<? extends NormalizedRow> chunk) throws Exception {
    List<PublicationRecord> rows = chunk.getItems().stream().map(NormalizedRow::record).toList();
    DedupBatch batch = deduplicator.deduplicate(rows);
    Map<String, String> refused = publications.write(batch, classifier, run, clock.instant());
    store.remember(refused.isEmpty() ? batch : batch.without(refused.keySet()));
    for (int i = 0; i < rows.size(); i++) {
      String file = rows.get(i).provenance().file();
      String refusal = refused.get(batch.publicationOfRow().get(i));
      if (refusal != null) {
        ledger.refusedByIndex(rows.get(i), refusal);
        continue;
      }
      ledger.written(file, batch.outcomes().get(i));
      ledger.unknownChannels(file, chunk.getItems().get(i).unknownChannels().size());
      ledger.personalData(rows.get(i).department(), chunk.getItems().get(i).personalData());
    }
  }
}
