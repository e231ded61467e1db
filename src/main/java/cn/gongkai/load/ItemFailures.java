package cn.gongkai.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The failed items of one bulk answer, sorted by what becomes of them: refused for their content
 * (an index answered 400: a mapping conflict, an immense term), rejected rows and not a failed run
 * (issue 10); too many for now (429), sent again; anything else, a failure of the chunk. Deleting
 * what is already gone (a restarted chunk deleting again) is none of them.
 *
 * @param refused documents refused for their content, by id, with Elasticsearch's reason
 * @param failures the other failed writes, each as {@code index/id: type reason}, the index the
 *     concrete one the node named, else the one the write was sent to
 * @param tooMany the places of the writes answered 429, in order
 * @param busyReason the error type of the last of those, or null when there are none
 */
record ItemFailures(Map<String, String> refused, List<String> failures, List<Integer> tooMany, String busyReason) {

  private static final int NOT_FOUND = 404;
  private static final int BAD_REQUEST = 400;

  ItemFailures {
    refused = Map.copyOf(refused);
    failures = List.copyOf(failures);
    tooMany = List.copyOf(tooMany);
  }

  /** Sorts the failed items of {@code answer}, which has one item per write of {@code payload}. */
  static ItemFailures of(BulkPayload payload, BulkAnswer answer) {
    Map<String, String> refused = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    List<Integer> tooMany = new ArrayList<>();
    String busyReason = null;
    for (FailedItem item : answer.failed()) {
      BulkWrite write = payload.write(item.position());
      boolean alreadyDeleted = write.delete() && item.status() == NOT_FOUND;
      if (item.status() == BusyClusterBackoff.TOO_MANY_REQUESTS) {
        tooMany.add(item.position());
        busyReason = item.type();
      } else if (item.error() && !alreadyDeleted && !write.delete() && item.status() == BAD_REQUEST) {
        refused.put(write.id(), item.type() + ": " + item.reason());
      } else if (item.error() && !alreadyDeleted) {
        // the concrete index, when the node gives it, says which index behind the alias failed
        String index = item.index().isEmpty() ? write.index() : item.index();
        failures.add(index + "/" + write.id() + ": " + item.type() + " " + item.reason());
      }
    }
    return new ItemFailures(refused, failures, tooMany, busyReason);
  }
}
