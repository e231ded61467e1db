package cn.gongkai.load;

import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes documents with one synchronous bulk request per call, and checks every item. Documents are
 * created, never overwritten: a document whose id exists (409) was written before and is reported
 * as such, so writing the same documents again changes nothing.
 */
public final class BulkDocumentWriter {

  private static final int CONFLICT = 409;

  private final ElasticsearchConnection connection;

  public BulkDocumentWriter(ElasticsearchConnection connection) {
    this.connection = connection;
  }

  /** One result per document, in order. Throws when Elasticsearch refused any document. */
  public List<WriteResult> create(ManagedIndex index, List<? extends IndexedDocument> documents) throws IOException {
    if (documents.isEmpty()) {
      return List.of();
    }
    List<BulkOperation> operations = new ArrayList<>(documents.size());
    for (IndexedDocument document : documents) {
      operations.add(BulkOperation.of(op -> op.create(c -> c.id(document.id()).document(document))));
    }
    BulkResponse response = connection.client().bulk(bulk -> bulk.index(index.alias()).operations(operations));
    return results(response);
  }

  private static List<WriteResult> results(BulkResponse response) {
    List<WriteResult> results = new ArrayList<>(response.items().size());
    List<String> failures = new ArrayList<>();
    for (BulkResponseItem item : response.items()) {
      if (item.error() == null) {
        results.add(WriteResult.CREATED);
      } else if (item.status() == CONFLICT) {
        results.add(WriteResult.ALREADY_LOADED);
      } else {
        failures.add(item.id() + ": " + item.error().type() + " " + item.error().reason());
      }
    }
    if (!failures.isEmpty()) {
      throw new BulkWriteException("Elasticsearch refused " + failures.size() + " of " + response.items().size()
          + " documents, e.g. " + failures.subList(0, Math.min(3, failures.size())));
    }
    return results;
  }
}
