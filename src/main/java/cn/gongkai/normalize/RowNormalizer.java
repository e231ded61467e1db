package cn.gongkai.normalize;

import static cn.gongkai.publication.PublicationField.CATEGORY;
import static cn.gongkai.publication.PublicationField.CHANNELS;
import static cn.gongkai.publication.PublicationField.CREATED_DATE;
import static cn.gongkai.publication.PublicationField.DEPARTMENT;
import static cn.gongkai.publication.PublicationField.DISCLOSURE;
import static cn.gongkai.publication.PublicationField.DOC_NO;
import static cn.gongkai.publication.PublicationField.DOC_TYPE;
import static cn.gongkai.publication.PublicationField.INDEX_NO;
import static cn.gongkai.publication.PublicationField.PUBLISHED_DATE;
import static cn.gongkai.publication.PublicationField.PUBLISHER;
import static cn.gongkai.publication.PublicationField.REPEALED_DATE;
import static cn.gongkai.publication.PublicationField.SUMMARY;
import static cn.gongkai.publication.PublicationField.TITLE;
import static cn.gongkai.publication.PublicationField.URL;
import static cn.gongkai.publication.PublicationField.VALIDITY;

import cn.gongkai.intake.SourceRow;
import cn.gongkai.privacy.PersonalData;
import cn.gongkai.publication.Disclosure;
import cn.gongkai.publication.DocType;
import cn.gongkai.publication.Provenance;
import cn.gongkai.publication.PublicationField;
import cn.gongkai.publication.PublicationRecord;
import cn.gongkai.publication.Validity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns one export row into a {@link PublicationRecord} by the rules of SPEC section 3, or rejects
 * it with a closed {@link RejectionReason} and a message the clerk can act on.
 *
 * <p>Text is read trimmed (全角空格 and non-breaking spaces included) and whitespace-only is absent.
 * Vocabularies and dates are read after NFKC; the publisher after NFKC and without spaces, as
 * {@link Identifiers#publisher} writes it; title, summary, url, department and the declared category
 * are kept as written, less the personal numbers in them (all but the url and the 索引号, masked). A row is rejected for its first fault only, checked in
 * this order: defects of the row itself (undecodable bytes, not CSV), column count, title, 发布日期,
 * 生成日期, 公开方式, 有效性, 废止日期. Dates are read in the source's own format first, when it has one,
 * and must fall in the {@link DateRange} (a 废止日期 only not before its first year).
 */
public final class RowNormalizer {

  private final Map<String, DateParser> dateParsers = new ConcurrentHashMap<>();
  private final ChannelVocabulary channels = ChannelVocabulary.defaults();
  private final DateRange dates;

  /** With the default range of dates, 1949 to next year ({@link DateRange#defaults()}). */
  public RowNormalizer() {
    this(DateRange.defaults());
  }

  /** @param dates the years a date of a row can be true of (configuration: {@code gongkai.intake.dates}) */
  public RowNormalizer(DateRange dates) {
    this.dates = dates;
  }

  /**
   * The row as a publication, with the channel values the vocabulary did not know.
   *
   * @throws RowRejectedException carrying the reason, message, file, line and raw text of the row
   */
  public NormalizedRow normalize(SourceRow row) throws RowRejectedException {
    if (row.defect() != null) {
      throw defective(row);
    }
    if (row.columns() != row.expectedColumns()) {
      throw reject(row, RejectionReason.WRONG_COLUMN_COUNT,
          RejectionMessages.wrongColumnCount(row.expectedColumns(), row.columns()));
    }
    String title = text(row, TITLE);
    if (title == null) {
      throw reject(row, RejectionReason.MISSING_TITLE, RejectionMessages.missingTitle());
    }
    LocalDate publishedDate = date(row, PUBLISHED_DATE);
    if (publishedDate == null) {
      throw reject(row, RejectionReason.MISSING_PUBLISHED_DATE,
          RejectionMessages.missingPublishedDate());
    }
    ChannelVocabulary.Reading channelReading = channels.read(text(row, CHANNELS));
    // 去标识化 first: nothing after this point (keys, index, reports) sees the numbers
    RowMasking masking = new RowMasking();
    PublicationRecord record = record(row, masking.mask(title), masking, publishedDate, channelReading);
    // unknown channel values are printed in the run summary: masked too, though not stored nor counted
    List<String> unknown = channelReading.unknown();
    return new NormalizedRow(record, unknown.isEmpty() ? unknown
        : unknown.stream().map(value -> PersonalData.mask(value).text()).toList(), masking.masked());
  }

  /** Every text it stores masked by {@code masking}; the 索引号 is an identifier of the office, not masked. */
  private PublicationRecord record(SourceRow row, String title, RowMasking masking, LocalDate publishedDate,
      ChannelVocabulary.Reading channelReading) throws RowRejectedException {
    String organization = row.defaults().organization();
    String department = masking.mask(orElse(text(row, DEPARTMENT), row.defaults().department()));
    return new PublicationRecord(
        Identifiers.indexNo(row.value(INDEX_NO)),
        title,
        masking.mask(Identifiers.docNo(row.value(DOC_NO))),
        masking.mask(Identifiers.publisher(orElse(text(row, PUBLISHER), organization))),
        organization,
        department,
        date(row, CREATED_DATE),
        publishedDate,
        disclosure(row),
        channelReading.channels(),
        masking.mask(text(row, CATEGORY)),
        docType(row),
        validity(row),
        date(row, REPEALED_DATE),
        text(row, URL),
        masking.mask(text(row, SUMMARY)),
        new Provenance(row.file(), row.line(), department));
  }

  /** The date in {@code field}; {@code null} when absent or a placeholder such as 无. */
  private LocalDate date(SourceRow row, PublicationField field) throws RowRejectedException {
    String text = text(row, field);
    String folded = RawText.foldedValue(text);
    if (folded == null) {
      return null;
    }
    String sourceFormat = row.defaults().dateFormat();
    try {
      LocalDate date = parser(sourceFormat).parseFolded(folded, text);
      if (field == REPEALED_DATE) {
        dates.checkNotBefore(date); // a term of validity (有效期五年) sets a 失效日期 years ahead
      } else {
        dates.check(date);
      }
      return date;
    } catch (DateOutOfRangeException e) {
      throw reject(row, RejectionReason.DATE_OUT_OF_RANGE, RejectionMessages.dateOutOfRange(field, text, e.why()));
    } catch (UnreadableDateException e) {
      throw reject(row, RejectionReason.UNPARSEABLE_DATE,
          RejectionMessages.unreadableDate(field, text, sourceFormat));
    } catch (ImpossibleDateException e) {
      throw reject(row, RejectionReason.IMPOSSIBLE_DATE,
          RejectionMessages.impossibleDate(field, text, e.why()));
    }
  }

  private DateParser parser(String sourceFormat) {
    String key = sourceFormat == null ? "" : sourceFormat;
    DateParser parser = dateParsers.get(key);
    return parser != null ? parser
        : dateParsers.computeIfAbsent(key, pattern -> new DateParser(pattern.isEmpty() ? null : pattern));
  }

  private static RowRejectedException defective(SourceRow row) {
    return switch (row.defect().kind()) {
      case UNDECODABLE_BYTES -> reject(row, RejectionReason.UNDECODABLE_BYTES,
          RejectionMessages.undecodableBytes(row.defect().detail()));
      case MALFORMED_CSV -> reject(row, RejectionReason.MALFORMED_CSV,
          RejectionMessages.malformedCsv(row.defect().detail()));
    };
  }

  private static Disclosure disclosure(SourceRow row) throws RowRejectedException {
    String text = text(row, DISCLOSURE);
    if (text == null) {
      return Disclosure.PROACTIVE;
    }
    TermVocabulary<Disclosure> terms = TermVocabulary.DISCLOSURE;
    Disclosure disclosure = terms.valueOf(text);
    if (disclosure == null) {
      throw reject(row, RejectionReason.UNKNOWN_DISCLOSURE,
          RejectionMessages.unknownTerm(DISCLOSURE, text, terms.labels(), "留空即为" + Disclosure.PROACTIVE.label()));
    }
    return disclosure;
  }

  /** The genre; any genre other than the two regulatory ones (通知, 公告, 意见) is 其他. */
  private static DocType docType(SourceRow row) {
    String text = text(row, DOC_TYPE);
    if (text == null) {
      return null;
    }
    DocType docType = TermVocabulary.DOC_TYPE.valueOf(text);
    return docType == null ? DocType.OTHER : docType;
  }

  private static Validity validity(SourceRow row) throws RowRejectedException {
    String text = text(row, VALIDITY);
    if (text == null) {
      return null;
    }
    TermVocabulary<Validity> terms = TermVocabulary.VALIDITY;
    Validity validity = terms.valueOf(text);
    if (validity == null) {
      throw reject(row, RejectionReason.UNKNOWN_VALIDITY,
          RejectionMessages.unknownTerm(VALIDITY, text, terms.labels(), "不清楚可留空"));
    }
    return validity;
  }

  /** The trimmed value of {@code field}; {@code null} when the row has none or only space. */
  private static String text(SourceRow row, PublicationField field) {
    return RawText.clean(row.value(field));
  }

  private static String orElse(String value, String fallback) {
    return value != null ? value : fallback;
  }

  private static RowRejectedException reject(
      SourceRow row, RejectionReason reason, String message) {
    return new RowRejectedException(
        new Rejection(reason, message, row.file(), row.line(), row.raw()));
  }
}
