package cn.gongkai.sample;

import cn.gongkai.publication.DocType;
import cn.gongkai.publication.Validity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The genre (体裁) and validity (有效性) a department records for a document. Rules and normative
 * documents carry their official genre and are in force, or repealed a year or more after
 * publication, the more likely the older they are (never after the last day of the sample);
 * other documents name their 文种 at most, often nothing.
 */
final class DocumentStatus {

  private static final List<String> GENRES = List.of("通知", "公告", "公示", "通报", "报告", "意见");
  private static final double REPEALED_SHARE_PER_YEAR = 0.12;

  private final LocalDate lastDay;
  private final Random random;

  DocumentStatus(LocalDate lastDay, Random random) {
    this.lastDay = lastDay;
    this.random = random;
  }

  /** Genre, validity and repeal date of a document; blanks are empty strings, no repeal is null. */
  record Status(String docType, String validity, LocalDate repealedDate) {
  }

  /** The status of a document numbered {@code docNo} (if at all), titled {@code title}. */
  Status of(Optional<DocNumber> docNo, String title, LocalDate published) {
    DocNumberKind kind = docNo.map(DocNumber::kind).orElse(null);
    if (kind == DocNumberKind.DECREE) {
      return regulatory(DocType.RULE, published);
    }
    if (kind == DocNumberKind.NORMATIVE) {
      return regulatory(DocType.NORMATIVE_DOCUMENT, published);
    }
    return new Status(genre(title), "", null);
  }

  /** The older a document, the likelier it was repealed, at least a year after publication. */
  private Status regulatory(DocType docType, LocalDate published) {
    LocalDate earliestRepeal = published.plusYears(1);
    int age = lastDay.getYear() - published.getYear();
    double share = Math.min(0.6, REPEALED_SHARE_PER_YEAR * age);
    if (!earliestRepeal.isAfter(lastDay) && random.nextDouble() < share) {
      long span = ChronoUnit.DAYS.between(earliestRepeal, lastDay);
      LocalDate repealed = earliestRepeal.plusDays(random.nextInt((int) span + 1));
      return new Status(docType.label(), Validity.REPEALED.label(), repealed);
    }
    return new Status(docType.label(), Validity.VALID.label(), null);
  }

  private String genre(String title) {
    if (random.nextBoolean()) {
      return "";
    }
    return GENRES.stream().filter(title::endsWith).findFirst().orElse("");
  }
}
