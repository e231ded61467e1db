package cn.gongkai.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of government exports (SPEC section 3): {@code 2018-01-19}, {@code 2018/1/19},
 * {@code 2018.1.19}, {@code 2018年1月19日} and {@code 20180119}, each optionally followed, after
 * whitespace or {@code T}, by a time {@code HH:mm}, {@code HH:mm:ss} or {@code HH:mm:ss.fff}. The
 * time is checked and then dropped: every figure counts days.
 *
 * <p>Text in none of these styles is unreadable; text in one of them naming a day or time that does
 * not exist (2019-02-30, 2019/13/01, 25:00) is impossible. The two are told apart because the clerk
 * fixes them differently: reformat the cell, or look up the real date.
 */
public final class DateParser {

  private final String sourcePattern;
  private final DateTimeFormatter sourceFormat;
  private final DateTimeFormatter sourceFormatLenient;

  /** A parser of the standard styles only. */
  public DateParser() {
    this(null);
  }

  /**
   * A parser that tries {@code sourcePattern} (a {@link DateTimeFormatter} pattern such as {@code
   * dd/MM/yyyy}, which a source declares) before the standard styles; {@code null} for none.
   *
   * @throws IllegalArgumentException when the pattern is not a valid pattern
   */
  public DateParser(String sourcePattern) {
    this.sourcePattern = sourcePattern;
    // 'y' is year-of-era, which STRICT resolution cannot use without an era: read it as 'u'
    String pattern = sourcePattern == null ? null : sourcePattern.replace('y', 'u');
    this.sourceFormat = pattern == null ? null
        : DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    this.sourceFormatLenient = pattern == null ? null
        : DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.LENIENT);
  }

  private static final String TIME =
      "(?:(?:\\s+|T)(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2})"
          + "(?::(?<second>[0-9]{2})(?:\\.[0-9]{1,9})?)?)?";

  private static final List<Pattern> STYLES =
      List.of(
          Pattern.compile(
              "(?<year>[0-9]{4})(?<sep>[-/.])(?<month>[0-9]{1,2})\\k<sep>(?<day>[0-9]{1,2})"
                  + TIME),
          Pattern.compile("(?<year>[0-9]{4})年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日" + TIME),
          Pattern.compile("(?<year>[0-9]{4})(?<month>[0-9]{2})(?<day>[0-9]{2})" + TIME));

  /**
   * The date {@code text} names. Surrounding space is ignored and full-width digits read as digits.
   *
   * @throws UnreadableDateException when the text (also null or blank text) is in no accepted style
   * @throws ImpossibleDateException when it is in an accepted style but no such day or time exists
   */
  public LocalDate parse(String text) throws UnreadableDateException, ImpossibleDateException {
    return parseFolded(RawText.fold(text), text);
  }

  /**
   * {@link #parse} of a text already {@link RawText#fold}ed.
   *
   * @param folded {@code text} folded, or {@code null} when it is null or blank
   * @param text the cell as given, for the message
   */
  LocalDate parseFolded(String folded, String text) throws UnreadableDateException, ImpossibleDateException {
    if (folded != null && sourceFormat != null) {
      LocalDate date = inSourceFormat(folded);
      if (date != null) {
        return date;
      }
    }
    if (folded != null) {
      int bare = BareDate.of(folded);
      if (bare >= 0) {
        return resolve(bare / 10000, bare / 100 % 100, bare % 100);
      }
      for (Pattern style : STYLES) {
        Matcher date = style.matcher(folded);
        if (date.matches()) {
          return resolve(date);
        }
      }
    }
    throw new UnreadableDateException(text);
  }

  /** The date in the source's format; null when the text is not in that format at all. */
  private LocalDate inSourceFormat(String text) throws ImpossibleDateException {
    try {
      return LocalDate.from(sourceFormat.parse(text));
    } catch (DateTimeException strict) {
      try {
        sourceFormatLenient.parse(text);
      } catch (DateTimeException lenient) {
        return null;
      }
      throw new ImpossibleDateException("按" + sourcePattern + "的格式，没有这一天");
    }
  }

  private static LocalDate resolve(Matcher date) throws ImpossibleDateException {
    int year = number(date, "year");
    int month = number(date, "month");
    int day = number(date, "day");
    checkDay(year, month, day);
    checkTime(date);
    return LocalDate.of(year, month, day);
  }

  /** The date of a text without a time, in one of the styles. */
  private static LocalDate resolve(int year, int month, int day) throws ImpossibleDateException {
    checkDay(year, month, day);
    return LocalDate.of(year, month, day);
  }

  private static void checkDay(int year, int month, int day) throws ImpossibleDateException {
    if (month < 1 || month > 12) {
      throw new ImpossibleDateException("一年只有12个月");
    }
    int days = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1) {
      throw new ImpossibleDateException("每月从1日开始");
    }
    if (day > days) {
      throw new ImpossibleDateException(year + "年" + month + "月只有" + days + "天");
    }
  }

  private static void checkTime(Matcher date) throws ImpossibleDateException {
    if (date.group("hour") != null && number(date, "hour") > 23) {
      throw new ImpossibleDateException("小时只能是0到23");
    }
    if (date.group("minute") != null && number(date, "minute") > 59) {
      throw new ImpossibleDateException("分钟只能是0到59");
    }
    if (date.group("second") != null && number(date, "second") > 59) {
      throw new ImpossibleDateException("秒只能是0到59");
    }
  }

  private static int number(Matcher date, String group) {
    return Integer.parseInt(date.group(group));
  }
}
