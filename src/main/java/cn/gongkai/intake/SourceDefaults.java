package cn.gongkai.intake;

import java.util.Objects;

/**
 * What a file's source says about rows that do not say it themselves: the organization whose report
 * counts them and the department they are attributed to when the row has no department column.
 */
public record SourceDefaults(String organization, String department) {

  public SourceDefaults {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(department, "department");
  }
}
