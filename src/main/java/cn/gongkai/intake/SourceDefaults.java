package cn.gongkai.intake;

import java.util.Objects;

/**
 * What a file's source says about rows that do not say it themselves: the organization whose report
 * counts them, the department they are attributed to when the row has no department column, and
 * the date format the file uses besides the standard styles.
 *
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern, or {@code null} for the
 *     standard styles only
 */
public record SourceDefaults(String organization, String department, String dateFormat) {

  public SourceDefaults {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(department, "department");
  }

  public SourceDefaults(String organization, String department) {
    this(organization, department, null);
  }
}
