package cn.gongkai.load;

/**
 * A failed item of a bulk answer: its place among the answers (which says which write it is), its
 * status and Elasticsearch's reason. An item answered 429 is one even without an error object,
 * since it is to be sent again.
 *
 * @param error whether the item carried an error object
 * @param index the concrete index the error names, empty when it names none (then only the write
 *     says where it went: to the alias)
 */
record FailedItem(int position, int status, boolean error, String type, String reason, String index) {}
