package cn.gongkai.load;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A row or file that was not loaded, as stored in the rejects index
 * (config/elasticsearch/rejects-template.json), for the clerks' dashboard.
 *
 * @param line the line of a rejected row; {@code null} when the whole file was rejected
 * @param scope {@code row} or {@code file}
 * @param raw the row as written, shortened when very long
 */
public record RejectDocument(
    @JsonIgnore String id,
    long run,
    String file,
    Long line,
    String scope,
    String reason,
    String reasonText,
    String message,
    String raw,
    String department,
    String organization,
    String rejectedAt) implements IndexedDocument {}
