package cn.gongkai.load;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A bulk request through the typed client for the small writes (files, rejects, category and key
 * updates): what Elasticsearch was too busy for (429, the whole request or single items) is sent
 * again after a {@link BusyClusterBackoff backoff}, until every item has its final answer.
 */
final class TypedBulk {

  private static final int TOO_MANY_REQUESTS = 429;

  private TypedBulk() {}

  /** The final answer to each operation, in the order of {@code operations}. */
  static List<BulkResponseItem> send(ElasticsearchConnection connection, List<BulkOperation> operations)
      throws IOException {
    BulkResponseItem[] answers = new BulkResponseItem[operations.size()];
    List<Integer> pending = new ArrayList<>(operations.size());
    for (int i = 0; i < operations.size(); i++) {
      pending.add(i);
    }
    BusyClusterBackoff busy = new BusyClusterBackoff();
    while (!pending.isEmpty()) {
      List<BulkOperation> sent = pending.stream().map(operations::get).toList();
      BulkResponse response;
      try {
        response = connection.client().bulk(bulk -> bulk.operations(sent));
      } catch (ElasticsearchException e) {
        if (e.status() != TOO_MANY_REQUESTS) {
          throw e;
        }
        busy.pauseBefore(sent.size(), "the whole request answered 429: " + e.error().type());
        continue;
      }
      List<Integer> tooMany = new ArrayList<>();
      String reason = null;
      for (int i = 0; i < response.items().size(); i++) {
        BulkResponseItem item = response.items().get(i);
        if (item.status() == TOO_MANY_REQUESTS) {
          tooMany.add(pending.get(i));
          reason = item.error() == null ? "" : item.error().type();
        } else {
          answers[pending.get(i)] = item;
        }
      }
      if (!tooMany.isEmpty()) {
        busy.pauseBefore(tooMany.size(), tooMany.size() + " of " + sent.size() + " writes answered 429 " + reason);
      }
      pending = tooMany;
    }
    return Arrays.asList(answers);
  }
}
