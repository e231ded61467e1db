package cn.gongkai.load;

import cn.gongkai.application.Application;
import cn.gongkai.dedup.RowOrigin;
import cn.gongkai.privacy.PersonalData;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/**
 * An application as stored in the applications index (config/elasticsearch/applications-template.json).
 * Its request is masked like every text Gongkai stores; the applicant's name is not stored at all.
 *
 * @param origin the row that created it, so that a replayed row counts as loaded, not merged
 */
public record ApplicationDocument(
    @JsonIgnore String id,
    String key,
    String applicationNo,
    String receivedDate,
    String channel,
    String applicantType,
    String request,
    String result,
    String resultGroup,
    String replyDate,
    boolean extended,
    String extensionDate,
    String department,
    String organization,
    RegisterProvenance provenance,
    RowOrigin origin,
    long run,
    String loadedAt) implements IndexedDocument {

  /** Where the row is, for the clerk. */
  public record RegisterProvenance(String file, long line) {}

  public static ApplicationDocument of(String id, String key, Application application, String organization,
      RegisterProvenance provenance, RowOrigin origin, long run, String loadedAt) {
    return new ApplicationDocument(id, key, application.applicationNo(), application.receivedDate().toString(),
        application.channel().label(), application.applicantType().label(),
        PersonalData.mask(application.request()).text(),
        application.result() == null ? null : application.result().key(),
        application.result() == null ? null : application.result().group(),
        date(application.replyDate()), application.extended(), date(application.extensionDate()),
        application.department(), organization, provenance, origin, run, loadedAt);
  }

  public ApplicationDocument withId(String otherId) {
    return new ApplicationDocument(otherId, key, applicationNo, receivedDate, channel, applicantType, request, result,
        resultGroup, replyDate, extended, extensionDate, department, organization, provenance, origin, run, loadedAt);
  }

  public ApplicationDocument withOrigin(RowOrigin first) {
    return new ApplicationDocument(id, key, applicationNo, receivedDate, channel, applicantType, request, result,
        resultGroup, replyDate, extended, extensionDate, department, organization, provenance, first, run, loadedAt);
  }

  /** The application again, for the figures; its request as stored (masked). */
  public Application toApplication() {
    return new Application(applicationNo, LocalDate.parse(receivedDate),
        cn.gongkai.publication.Labelled.byLabel(cn.gongkai.application.ApplicationChannel.class, channel).orElseThrow(),
        cn.gongkai.publication.Labelled.byLabel(cn.gongkai.application.ApplicantType.class, applicantType).orElseThrow(),
        request, result == null ? null : java.util.Arrays.stream(cn.gongkai.application.ApplicationResult.values())
            .filter(row -> row.key().equals(result)).findFirst().orElseThrow(),
        parse(replyDate), extended, parse(extensionDate), department);
  }

  private static LocalDate parse(String date) {
    return date == null ? null : LocalDate.parse(date);
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
