package cn.gongkai.application;

import cn.gongkai.normalize.DateParser;
import cn.gongkai.normalize.ImpossibleDateException;
import cn.gongkai.normalize.UnreadableDateException;
import cn.gongkai.support.StableId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * One register row (field to text) to an {@link Application} or a {@link ReviewCase}, or the
 * reason it is not one. The applicant's name only goes into the deduplication key, as a hash: it is
 * personal data and is stored nowhere.
 */
final class RegisterRowParser {

  private static final DateParser DATES = new DateParser();

  private final ResultVocabulary results;
  private final String defaultDepartment;

  RegisterRowParser(ResultVocabulary results, String defaultDepartment) {
    this.results = results;
    this.defaultDepartment = defaultDepartment;
  }

  /** The application a row holds, keyed by its number, else by applicant, receipt and request. */
  Outcome<Application> application(Map<RegisterField, String> row) {
    try {
      LocalDate received = requiredDate(row, RegisterField.RECEIVED_DATE);
      String channelText = text(row, RegisterField.CHANNEL);
      ApplicationChannel channel = channelText.isEmpty() ? ApplicationChannel.OTHER
          : ApplicationChannel.parse(channelText).orElseThrow(() -> new Refused(RegisterRejection.unknownValue(
              RegisterField.CHANNEL, channelText, labels(ApplicationChannel.values()))));
      String typeText = text(row, RegisterField.APPLICANT_TYPE);
      ApplicantType type = ApplicantType.parse(typeText).orElseThrow(() -> new Refused(RegisterRejection.unknownValue(
          RegisterField.APPLICANT_TYPE, typeText, labels(ApplicantType.values()))));
      String resultText = text(row, RegisterField.RESULT);
      ApplicationResult result = resultText.isEmpty() ? null : results.parse(resultText).orElseThrow(() ->
          new Refused(RegisterRejection.unknownResult(resultText, results.closest(resultText),
              ResultVocabulary.acceptedValues())));
      LocalDate reply = optionalDate(row, RegisterField.REPLY_DATE);
      Extension extension = extension(row);
      String number = text(row, RegisterField.APPLICATION_NO);
      String applicant = text(row, RegisterField.APPLICANT);
      String request = text(row, RegisterField.REQUEST);
      String department = text(row, RegisterField.DEPARTMENT);
      Application application;
      try {
        application = new Application(number.isEmpty() ? null : number, received, channel, type, request, result,
            reply, extension.extended(), extension.date(), department.isEmpty() ? defaultDepartment : department);
      } catch (IllegalArgumentException contradiction) {
        throw new Refused(RegisterRejection.inconsistent(contradiction.getMessage()));
      }
      if (number.isEmpty() && applicant.isEmpty() && request.isEmpty()) {
        throw new Refused(new RegisterRejection(RegisterRejection.Reason.NO_KEY, "申请编号、申请人和申请内容都为空，"
            + "无法与重复导出的同一申请区分：请至少填写申请编号"));
      }
      String key = !number.isEmpty() ? "no:" + VocabularyText.normalize(number)
          : "who:" + StableId.of(VocabularyText.normalize(applicant) + "|" + received + "|"
              + VocabularyText.normalize(request));
      return new Outcome<>(key, application, null);
    } catch (Refused refused) {
      return new Outcome<>(null, null, refused.rejection);
    }
  }

  /** The case a row holds, keyed by its case number, else by type, path and filing date. */
  Outcome<ReviewCase> reviewCase(Map<RegisterField, String> row) {
    try {
      LocalDate filed = requiredDate(row, RegisterField.FILED_DATE);
      String kindText = text(row, RegisterField.CASE_KIND);
      String pathText = text(row, RegisterField.LAWSUIT_PATH);
      ReviewCase.Kind kind = ReviewCase.Kind.parse(kindText, pathText).orElseThrow(() -> new Refused(
          RegisterRejection.unknownValue(RegisterField.CASE_KIND, (kindText + " " + pathText).strip(),
              Arrays.stream(ReviewCase.Kind.values()).map(k -> k.key().replace("-", "（") + (k.key().contains("-") ? "）" : ""))
                  .toList())));
      String resultText = text(row, RegisterField.CASE_RESULT);
      ReviewCase.Result result = resultText.isEmpty() ? ReviewCase.Result.PENDING
          : ReviewCase.Result.parse(resultText).orElseThrow(() -> new Refused(RegisterRejection.unknownValue(
              RegisterField.CASE_RESULT, resultText, ReviewCase.Result.labels())));
      LocalDate closed = optionalDate(row, RegisterField.CLOSED_DATE);
      String number = text(row, RegisterField.CASE_NO);
      ReviewCase reviewCase;
      try {
        reviewCase = new ReviewCase(number.isEmpty() ? null : number, kind, filed, result, closed);
      } catch (IllegalArgumentException contradiction) {
        throw new Refused(RegisterRejection.inconsistent(contradiction.getMessage()));
      }
      String key = !number.isEmpty() ? "case:" + VocabularyText.normalize(number)
          : "case:" + kind.key() + "|" + filed + "|" + VocabularyText.normalize(text(row, RegisterField.DEPARTMENT));
      return new Outcome<>(key, reviewCase, null);
    } catch (Refused refused) {
      return new Outcome<>(null, null, refused.rejection);
    }
  }

  /** A row's record and key, or its rejection. */
  record Outcome<T>(String key, T record, RegisterRejection rejection) {}

  private record Extension(boolean extended, LocalDate date) {}

  /** 是否延期: 是 / 否 (or blank), or the date of the extension itself. */
  private Extension extension(Map<RegisterField, String> row) {
    LocalDate date = optionalDate(row, RegisterField.EXTENSION_DATE);
    String text = text(row, RegisterField.EXTENDED);
    String flag = VocabularyText.normalize(text);
    if (flag.isEmpty() || flag.equals("否") || flag.equals("no") || flag.equals("n") || flag.equals("0")
        || flag.equals("未延期")) {
      return new Extension(date != null, date);
    }
    if (flag.equals("是") || flag.equals("yes") || flag.equals("y") || flag.equals("1") || flag.equals("已延期")
        || flag.equals("延期")) {
      return new Extension(true, date);
    }
    Optional<LocalDate> asDate = parse(text);
    if (asDate.isPresent()) {
      return new Extension(true, date != null ? date : asDate.get());
    }
    throw new Refused(RegisterRejection.unknownValue(RegisterField.EXTENDED, text,
        java.util.List.of("是", "否", "延期决定的日期")));
  }

  private static LocalDate requiredDate(Map<RegisterField, String> row, RegisterField field) {
    LocalDate date = optionalDate(row, field);
    if (date == null) {
      throw new Refused(RegisterRejection.missingDate(field));
    }
    return date;
  }

  private static LocalDate optionalDate(Map<RegisterField, String> row, RegisterField field) {
    String text = text(row, field);
    if (text.isEmpty()) {
      return null;
    }
    return parse(text).orElseThrow(() -> new Refused(RegisterRejection.unreadableDate(field, text)));
  }

  private static Optional<LocalDate> parse(String text) {
    try {
      return Optional.of(DATES.parse(text));
    } catch (UnreadableDateException | ImpossibleDateException e) {
      return Optional.empty();
    }
  }

  private static String text(Map<RegisterField, String> row, RegisterField field) {
    String value = row.get(field);
    return value == null ? "" : value.strip();
  }

  private static java.util.List<String> labels(cn.gongkai.publication.Labelled[] values) {
    return Arrays.stream(values).map(cn.gongkai.publication.Labelled::label).toList();
  }

  /** A row refused: carries its rejection out of the parsing. */
  private static final class Refused extends RuntimeException {
    private final RegisterRejection rejection;

    Refused(RegisterRejection rejection) {
      super(rejection.message(), null, false, false);
      this.rejection = rejection;
    }
  }
}
