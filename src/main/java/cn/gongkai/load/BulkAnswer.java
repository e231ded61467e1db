package cn.gongkai.load;

import java.util.List;

/**
 * What a bulk response says, as {@link BulkAnswerReader} read it: only what the writer decides by,
 * never the whole tree, since most answers say nothing failed.
 *
 * @param hasErrors whether the answer had an {@code errors} field at all (a bulk answer has)
 * @param errors its value: whether any item failed
 * @param errorType the type of the request's own error, empty when it has none
 * @param errorReason the reason of the request's own error, empty when it has none
 * @param items how many items the answer holds; 0 when they were not read
 * @param failed the failed items, in their order
 */
record BulkAnswer(boolean hasErrors, boolean errors, String errorType, String errorReason, int items,
    List<FailedItem> failed) {

  BulkAnswer {
    failed = List.copyOf(failed);
  }
}
