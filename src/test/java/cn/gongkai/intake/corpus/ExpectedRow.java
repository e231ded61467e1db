package cn.gongkai.intake.corpus;

import cn.gongkai.normalize.RejectionReason;
import cn.gongkai.publication.Channel;
import cn.gongkai.publication.Disclosure;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What must become of one data row of an ingested corpus file: loaded, or rejected at its line. */
public sealed interface ExpectedRow {

  /** The physical line the row starts on (the header is line 1). */
  long line();

  static Loaded loaded(long line, String title, String publishedDate) {
    return new Loaded(line, title, LocalDate.parse(publishedDate), Map.of());
  }

  static Rejected rejected(long line, RejectionReason reason, String messageFragment) {
    return new Rejected(line, reason, messageFragment);
  }

  /**
   * A row that loads as a publication with these values.
   *
   * @param details further values the case is about; the department is the file's unless stated
   */
  record Loaded(long line, String title, LocalDate publishedDate, Map<RowDetail, Object> details)
      implements ExpectedRow {

    public Loaded {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(publishedDate, "publishedDate");
      details = Collections.unmodifiableMap(new LinkedHashMap<>(details)); // values may be null
    }

    public Loaded with(RowDetail detail, Object value) {
      Map<RowDetail, Object> more = new LinkedHashMap<>(details);
      more.put(detail, value);
      return new Loaded(line, title, publishedDate, more);
    }

    public Loaded department(String department) {
      return with(RowDetail.DEPARTMENT, department);
    }

    public Loaded indexNo(String indexNo) {
      return with(RowDetail.INDEX_NO, indexNo);
    }

    public Loaded docNo(String docNo) {
      return with(RowDetail.DOC_NO, docNo);
    }

    public Loaded createdDate(String createdDate) {
      return with(RowDetail.CREATED_DATE, LocalDate.parse(createdDate));
    }

    public Loaded disclosure(Disclosure disclosure) {
      return with(RowDetail.DISCLOSURE, disclosure);
    }

    public Loaded channels(Channel... channels) {
      return with(RowDetail.CHANNELS, Set.of(channels));
    }

    public Loaded unknownChannels(String... values) {
      return with(RowDetail.UNKNOWN_CHANNELS, List.of(values));
    }

    public Loaded url(String url) {
      return with(RowDetail.URL, url);
    }

    public Loaded summary(String summary) {
      return with(RowDetail.SUMMARY, summary);
    }

    public Loaded summaryLength(int length) {
      return with(RowDetail.SUMMARY_LENGTH, length);
    }
  }

  /**
   * A row rejected for {@code reason} at {@code line}.
   *
   * @param messageFragment words the clerk's message must contain (it names the value and the fix)
   */
  record Rejected(long line, RejectionReason reason, String messageFragment) implements ExpectedRow {

    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(messageFragment, "messageFragment");
    }
  }
}
