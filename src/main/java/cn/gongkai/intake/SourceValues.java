package cn.gongkai.intake;

import cn.gongkai.publication.PublicationField;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalQueries;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Reads and checks the values of a source definition's keys. Each method throws an
 * {@link IllegalArgumentException} whose message names the key and says how to fix the value, so the
 * catalog can prefix it with the file and collect it.
 */
final class SourceValues {

  private static final String DELIMITERS = ",;|\t";
  private static final ZonedDateTime SAMPLE = ZonedDateTime.of(2018, 1, 19, 13, 27, 5, 0, ZoneId.of("Asia/Shanghai"));

  private SourceValues() {}

  /**
   * Whether the glob {@code files} matches a file's path relative to the inbox. A pattern without
   * {@code /} is matched against the file name alone, so it finds the file at any depth; a pattern
   * with {@code /} is matched against the whole relative path.
   */
  static boolean matches(String files, String relativeName) {
    Path relative = Path.of(relativeName);
    Path matched = files.contains("/") || relative.getFileName() == null ? relative : relative.getFileName();
    return glob(files).matches(matched);
  }

  static PathMatcher glob(String files) {
    if (files.isBlank()) {
      throw new IllegalArgumentException("files is blank (a glob over the path in the inbox, e.g. 社会救助科*.csv)");
    }
    if (files.startsWith("/")) {
      throw new IllegalArgumentException("files '" + files + "' must be relative to the inbox (drop the leading /)");
    }
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + files);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("files '" + files + "' is not a valid glob: " + e.getDescription()
          + " (use * for any characters, ** across folders, ? for one character, {a,b} for either)");
    }
  }

  /** The charset called {@code name}, by any of its names or aliases (UTF-8, GBK, gb2312). */
  static Charset charset(String name) {
    try {
      if (Charset.isSupported(name.strip())) {
        return Charset.forName(name.strip());
      }
    } catch (IllegalCharsetNameException e) {
      // Falls through: a malformed name is as unknown as a well-formed one.
    }
    throw new IllegalArgumentException(
        "charset '" + name + "' is not a charset this JVM knows (use UTF-8, GBK or GB18030)");
  }

  /** The delimiter {@code text} names: one of {@code , ; |}, or a tab written as a tab, {@code \t} or {@code tab}. */
  static char delimiter(String text) {
    if (text.equals("\t") || text.equals("\\t") || text.strip().equalsIgnoreCase("tab")) {
      return '\t';
    }
    String delimiter = text.strip();
    if (delimiter.length() != 1) {
      throw notADelimiter(text);
    }
    return checkDelimiter(delimiter.charAt(0));
  }

  static char checkDelimiter(char delimiter) {
    if (DELIMITERS.indexOf(delimiter) < 0) {
      throw notADelimiter(String.valueOf(delimiter));
    }
    return delimiter;
  }

  private static IllegalArgumentException notADelimiter(String text) {
    return new IllegalArgumentException("delimiter '" + text + "' is not one of ',' ';' '|' or tab"
        + " (write tab or \"\\t\" for a tab; quote the others, e.g. delimiter: \"|\")");
  }

  /** The field {@code name} denotes, by key ({@code publishedDate}) or Chinese label ({@code 发布日期}). */
  static PublicationField field(String header, String name) {
    return PublicationField.byName(name.strip()).orElseThrow(() -> new IllegalArgumentException(
        "headers: '" + header + "' maps to '" + name + "', which is not a field (fields: " + fieldList() + ")"));
  }

  private static String fieldList() {
    return Arrays.stream(PublicationField.values())
        .map(field -> field.key() + "/" + field.label())
        .collect(Collectors.joining(", "));
  }

  /** The header text in normalized form ({@link HeaderMapping#normalize}); blank text is refused. */
  static String headerKey(String header) {
    String normalized = HeaderMapping.normalize(header);
    if (normalized.isEmpty()) {
      throw new IllegalArgumentException("headers: a header is blank (write the column's header as the file has it)");
    }
    return normalized;
  }

  /**
   * Checks that {@code pattern} is a {@link DateTimeFormatter} pattern that reads a whole date: a
   * pattern that builds but lacks the day (yyyy-mm-dd, where mm is minutes) would reject every row.
   */
  static String datePattern(String pattern) {
    DateTimeFormatter formatter;
    try {
      formatter = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("dateFormat '" + pattern + "' is not a date pattern: " + e.getMessage()
          + " (a java.time DateTimeFormatter pattern such as dd/MM/yyyy)");
    }
    if (readsWholeDate(formatter)) {
      return pattern;
    }
    throw new IllegalArgumentException("dateFormat '" + pattern + "' does not read a whole date"
        + " (it needs year yyyy, month MM and day dd; lower-case mm is minutes)");
  }

  private static boolean readsWholeDate(DateTimeFormatter formatter) {
    try {
      LocalDate date = formatter.parse(formatter.format(SAMPLE)).query(TemporalQueries.localDate());
      return SAMPLE.toLocalDate().equals(date);
    } catch (DateTimeException e) {
      return false;
    }
  }
}
