package cn.gongkai.load;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes documents with one synchronous bulk request per call, and checks every item. Documents are
 * created, never overwritten: a document whose id exists (409) was written before and is reported
 * as such, so writing the same documents again changes nothing. What Elasticsearch is too busy for
 * (429) is sent again after a {@link BusyClusterBackoff backoff}.
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
      operations.add(BulkOperation.of(op -> op.create(c -> c.index(index.alias()).id(document.id()).document(document))));
    }
    List<BulkResponseItem> items = TypedBulk.send(connection, operations);
    BulkWriteException.requireSuccess(items, "documents", item -> item.status() == CONFLICT);
    return items.stream().map(item -> item.error() == null ? WriteResult.CREATED : WriteResult.ALREADY_LOADED).toList();
  }
}
