package cn.gongkai.load;

import cn.gongkai.application.ReviewCase;
import cn.gongkai.dedup.RowOrigin;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** A review or lawsuit as stored in the reviews index (config/elasticsearch/reviews-template.json). */
public record ReviewDocument(
    @JsonIgnore String id,
    String key,
    String caseNo,
    String kind,
    String filedDate,
    String result,
    String closedDate,
    String department,
    String organization,
    ApplicationDocument.RegisterProvenance provenance,
    RowOrigin origin,
    long run,
    String loadedAt) implements IndexedDocument {

  public static ReviewDocument of(String id, String key, ReviewCase reviewCase, String department, String organization,
      ApplicationDocument.RegisterProvenance provenance, RowOrigin origin, long run, String loadedAt) {
    return new ReviewDocument(id, key, reviewCase.caseNo(), reviewCase.kind().key(), reviewCase.filedDate().toString(),
        reviewCase.result().label(), reviewCase.closedDate() == null ? null : reviewCase.closedDate().toString(),
        department, organization, provenance, origin, run, loadedAt);
  }

  /** The case again, for the figures. */
  public ReviewCase toCase() {
    return new ReviewCase(caseNo, java.util.Arrays.stream(ReviewCase.Kind.values()).filter(k -> k.key().equals(kind))
        .findFirst().orElseThrow(), java.time.LocalDate.parse(filedDate),
        java.util.Arrays.stream(ReviewCase.Result.values()).filter(r -> r.label().equals(result)).findFirst().orElseThrow(),
        closedDate == null ? null : java.time.LocalDate.parse(closedDate));
  }

  public ReviewDocument withId(String otherId) {
    return new ReviewDocument(otherId, key, caseNo, kind, filedDate, result, closedDate, department, organization,
        provenance, origin, run, loadedAt);
  }

  public ReviewDocument withOrigin(RowOrigin first) {
    return new ReviewDocument(id, key, caseNo, kind, filedDate, result, closedDate, department, organization,
        provenance, first, run, loadedAt);
  }
}
