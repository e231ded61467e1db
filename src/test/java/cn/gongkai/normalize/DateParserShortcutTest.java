package cn.gongkai.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Bare dates read by hand read as the regular expressions read them: the same date, or the same
 * impossibility and message, or unreadable. The expected side is the parser as it was before the
 * shortcut, kept here: fold, then the three styles.
 */
class DateParserShortcutTest {

  private static final String TIME = "(?:(?:\\s+|T)(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2})"
      + "(?::(?<second>[0-9]{2})(?:\\.[0-9]{1,9})?)?)?";
  private static final List<Pattern> STYLES = List.of(
      Pattern.compile("(?<year>[0-9]{4})(?<sep>[-/.])(?<month>[0-9]{1,2})\\k<sep>(?<day>[0-9]{1,2})" + TIME),
      Pattern.compile("(?<year>[0-9]{4})年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日" + TIME),
      Pattern.compile("(?<year>[0-9]{4})(?<month>[0-9]{2})(?<day>[0-9]{2})" + TIME));

  private final DateParser parser = new DateParser();

  @Test
  void readsEveryTextAsTheStylesDo() {
    Random random = new Random(7);
    List<String> texts = new ArrayList<>(List.of("2019-01-20", "2019/1/2", "2019.12.31", "2019年1月20日", "20190120",
        "２０１９－０１－２０", "\u30002019-01-20\u3000", "\u00A02019/02/30", "2019-13-01", "2019-00-10", "2019-02-29",
        "2020-02-29", "2019-1/2", "2019-123-4", "2019-1-234", "2019年1月2", "2019年1月2日 ", "2019年13月2日",
        "201902300", "2019022", "20190230", "20191301", "2019-01-20 10:00", "2019-01-20T25:00", "0000-01-01",
        "2019-١-٢", "2019--1", "2019-1-", "2019年月1日", "abcd-01-02", ""));
    String alphabet = "0123456789-/.年月日 T:０１２－／\u3000";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = 6 + random.nextInt(8);
      for (int i = 0; i < length; i++) {
        text.append(random.nextInt(2) == 0 ? (char) ('0' + random.nextInt(10)) : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
      texts.add(structured(random));
    }
    for (String text : texts) {
      assertThat(outcome(() -> parser.parse(text))).as(text).isEqualTo(outcome(() -> byStyles(text)));
    }
  }

  private static String structured(Random random) {
    String year = String.valueOf(1990 + random.nextInt(40));
    String month = String.valueOf(random.nextInt(14));
    String day = String.valueOf(random.nextInt(33));
    month = random.nextBoolean() && month.length() == 1 ? "0" + month : month;
    day = random.nextBoolean() && day.length() == 1 ? "0" + day : day;
    return switch (random.nextInt(5)) {
      case 0 -> year + "-" + month + "-" + day;
      case 1 -> year + "/" + month + "/" + day;
      case 2 -> year + "." + month + "." + day;
      case 3 -> year + "年" + month + "月" + day + "日";
      default -> year + (month.length() == 2 ? month : "0" + month) + (day.length() == 2 ? day : "0" + day);
    };
  }

  private interface Parse {
    LocalDate parse() throws Exception;
  }

  private static String outcome(Parse parse) {
    try {
      return "date " + parse.parse();
    } catch (Exception e) {
      return e.getClass().getSimpleName() + " " + e.getMessage();
    }
  }

  private static LocalDate byStyles(String text) throws Exception {
    String folded = RawText.fold(text);
    if (folded != null) {
      for (Pattern style : STYLES) {
        Matcher date = style.matcher(folded);
        if (date.matches()) {
          return resolve(date);
        }
      }
    }
    throw new UnreadableDateException(text);
  }

  private static LocalDate resolve(Matcher date) throws ImpossibleDateException {
    int year = Integer.parseInt(date.group("year"));
    int month = Integer.parseInt(date.group("month"));
    int day = Integer.parseInt(date.group("day"));
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
    if (date.group("hour") != null && Integer.parseInt(date.group("hour")) > 23) {
      throw new ImpossibleDateException("小时只能是0到23");
    }
    if (date.group("minute") != null && Integer.parseInt(date.group("minute")) > 59) {
      throw new ImpossibleDateException("分钟只能是0到59");
    }
    if (date.group("second") != null && Integer.parseInt(date.group("second")) > 59) {
      throw new ImpossibleDateException("秒只能是0到59");
    }
    return LocalDate.of(year, month, day);
  }
}
