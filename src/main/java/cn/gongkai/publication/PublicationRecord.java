package cn.gongkai.publication;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One publication as read from one export row, normalized (SPEC section 3).
 *
 * <p>Required: {@code title} (non-blank), {@code publishedDate}, {@code publisher}, {@code
 * organization}, {@code department}, {@code disclosure}, a non-empty {@code channels} set and the
 * {@code provenance}. Every other field is {@code null} when the export did not give it; strings are
 * never blank.
 *
 * @param organization the organization whose annual report counts this publication (from the source)
 * @param declaredCategory the category the export declared, as written; classification maps it later
 */
public record PublicationRecord(
    String indexNo,
    String title,
    String docNo,
    String publisher,
    String organization,
    String department,
    LocalDate createdDate,
    LocalDate publishedDate,
    Disclosure disclosure,
    Set<Channel> channels,
    String declaredCategory,
    DocType docType,
    Validity validity,
    LocalDate repealedDate,
    String url,
    String summary,
    Provenance provenance) {

  public PublicationRecord {
    title = requireText(title, "title");
    publisher = requireText(publisher, "publisher");
    organization = requireText(organization, "organization");
    department = requireText(department, "department");
    Objects.requireNonNull(publishedDate, "publishedDate");
    Objects.requireNonNull(disclosure, "disclosure");
    Objects.requireNonNull(provenance, "provenance");
    if (channels.isEmpty()) {
      throw new IllegalArgumentException("a publication has at least one channel");
    }
    // an EnumSet, not Set.copyOf, which goes through a HashSet: a bit set copied, read by ordinal
    channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
    indexNo = blankToNull(indexNo);
    docNo = blankToNull(docNo);
    declaredCategory = blankToNull(declaredCategory);
    url = blankToNull(url);
    summary = blankToNull(summary);
  }

  /** The statistics year: the year of the publication date. */
  public int year() {
    return publishedDate.getYear();
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
