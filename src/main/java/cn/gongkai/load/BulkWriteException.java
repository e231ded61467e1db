package cn.gongkai.load;

import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Elasticsearch refused documents of a bulk request; the message quotes its reasons. */
public class BulkWriteException extends RuntimeException {

  public BulkWriteException(String message) {
    super(message);
  }

  /**
   * Checks the final answer to every item of a bulk request.
   *
   * @param what the writes, for the message ("category updates")
   * @param harmless failed items that are no failure (a delete of what is already gone)
   * @throws BulkWriteException quoting the first reasons, when any other item failed
   */
  static void requireSuccess(List<BulkResponseItem> items, String what, Predicate<BulkResponseItem> harmless) {
    List<String> failures = new ArrayList<>();
    for (BulkResponseItem item : items) {
      if (item.error() != null && !harmless.test(item)) {
        failures.add(item.index() + "/" + item.id() + ": " + item.error().type() + " " + item.error().reason());
      }
    }
    if (!failures.isEmpty()) {
      throw new BulkWriteException("Elasticsearch refused " + failures.size() + " of " + items.size()
          + " " + what + ", e.g. " + failures.subList(0, Math.min(3, failures.size())));
    }
  }
}
