package cn.gongkai.report;

import java.util.Locale;
import java.util.Optional;

/** The formats the report is written in (SPEC section 7). */
public enum ReportFormat {
  MD,
  CSV,
  XLSX,
  HTML;

  /** The format a user names ({@code md}, {@code CSV}); empty for a name it is not. */
  public static Optional<ReportFormat> named(String name) {
    try {
      return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
