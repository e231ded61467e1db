package cn.gongkai.application;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One application for disclosure (依申请公开) from an office's register, validated: its result and
 * reply date are both given (answered) or both blank (not yet answered), and a reply or an extension
 * is never before its receipt. The applicant's name is personal data and is not kept here.
 *
 * @param applicationNo the register's number, the deduplication key when given; may be {@code null}
 * @param result how it was answered; {@code null} while not answered
 * @param replyDate when it was answered; {@code null} while not answered
 * @param extended whether the reply was extended (延期, 条例 article 33) to 40 working days
 * @param extensionDate when the extension was decided; may be {@code null} even when extended
 */
public record Application(
    String applicationNo,
    LocalDate receivedDate,
    ApplicationChannel channel,
    ApplicantType applicantType,
    String request,
    ApplicationResult result,
    LocalDate replyDate,
    boolean extended,
    LocalDate extensionDate,
    String department) {

  public Application {
    Objects.requireNonNull(receivedDate, "receivedDate");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(applicantType, "applicantType");
    if ((result == null) != (replyDate == null)) {
      throw new IllegalArgumentException(result == null
          ? "已填答复日期，办理结果却为空：请填写办理结果（如予以公开）；尚未答复的，请删去答复日期"
          : "已填办理结果，答复日期却为空：请填写答复日期；尚未答复的，请删去办理结果");
    }
    if (replyDate != null && replyDate.isBefore(receivedDate)) {
      throw new IllegalArgumentException("答复日期" + replyDate + "早于收到日期" + receivedDate + "：请核对这两个日期");
    }
    if (extensionDate != null && extensionDate.isBefore(receivedDate)) {
      throw new IllegalArgumentException("延期日期" + extensionDate + "早于收到日期" + receivedDate + "：请核对这两个日期");
    }
    extended = extended || extensionDate != null;
  }

  /** Answered on or before {@code day}. */
  public boolean answeredBy(LocalDate day) {
    return replyDate != null && !replyDate.isAfter(day);
  }
}
