package cn.gongkai.job;

import cn.gongkai.classify.PublicationClassifier;
import cn.gongkai.load.BulkDocumentWriter;
import cn.gongkai.load.Indices;
import cn.gongkai.load.PublicationDocument;
import cn.gongkai.load.WriteResult;
import cn.gongkai.normalize.NormalizedRow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Classifies a chunk of normalized rows, loads them with one bulk request and credits each row's
 * outcome (a new publication, or one already loaded) to its file in the ledger.
 */
public class PublicationItemWriter implements ItemWriter<NormalizedRow> {

  private final PublicationClassifier classifier;
  private final BulkDocumentWriter bulkWriter;
  private final Indices indices;
  private final RunLedger ledger;
  private final Clock clock;

  public PublicationItemWriter(PublicationClassifier classifier, BulkDocumentWriter bulkWriter, Indices indices,
      RunLedger ledger, Clock clock) {
    this.classifier = classifier;
    this.bulkWriter = bulkWriter;
    this.indices = indices;
    this.ledger = ledger;
    this.clock = clock;
  }

  @Override
  public void write(Chunk<? extends NormalizedRow> chunk) throws Exception {
    Instant now = clock.instant();
    List<PublicationDocument> documents = new ArrayList<>(chunk.size());
    for (NormalizedRow row : chunk) {
      documents.add(PublicationDocument.of(row.record(), classifier.classify(row.record()), now));
    }
    List<WriteResult> results = bulkWriter.create(indices.publications(), documents);
    for (int i = 0; i < results.size(); i++) {
      NormalizedRow row = chunk.getItems().get(i);
      ledger.written(row.record().provenance().file(), results.get(i));
      ledger.unknownChannels(row.record().provenance().file(), row.unknownChannels().size());
    }
  }
}
