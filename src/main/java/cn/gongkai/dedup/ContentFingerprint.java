package cn.gongkai.dedup;

import cn.gongkai.publication.Labelled;
import cn.gongkai.publication.PublicationRecord;
import cn.gongkai.support.StableId;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Identifies a row by what it says, not by where it came from: the same row delivered twice (in
 * another file, on another line) has the same fingerprint. Merging orders contributions by it, so
 * the result never depends on file names, line numbers or arrival order.
 */
public final class ContentFingerprint {

  private ContentFingerprint() {}

  public static String of(PublicationRecord record) {
    String content = String.join("\u001F",
        text(record.indexNo()), record.title(), text(record.docNo()), record.publisher(), record.organization(),
        record.department(), text(record.createdDate()), record.publishedDate().toString(),
        record.disclosure().label(),
        record.channels().stream().map(Labelled::label).sorted().collect(Collectors.joining(",")),
        text(record.declaredCategory()), label(record.docType()), label(record.validity()),
        text(record.repealedDate()), text(record.url()), text(record.summary()));
    return StableId.of(content);
  }

  private static String text(Object value) {
    return Objects.toString(value, "");
  }

  private static String label(Labelled value) {
    return value == null ? "" : value.label();
  }
}
