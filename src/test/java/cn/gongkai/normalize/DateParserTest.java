package cn.gongkai.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  private final DateParser parser = new DateParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2018-01-19                | 2018-01-19
      2018-1-9                  | 2018-01-09
      2018-06-01 13:27          | 2018-06-01
      2018-06-01 13:27:00       | 2018-06-01
      2018-06-01T13:27:00       | 2018-06-01
      2018-06-01 13:27:00.0     | 2018-06-01
      2018/1/19                 | 2018-01-19
      2018/01/19                | 2018-01-19
      2018/6/1 9:05             | 2018-06-01
      2018/6/1 13:27:00         | 2018-06-01
      2018.1.19                 | 2018-01-19
      2018.06.01 13:27          | 2018-06-01
      2018.6.1 13:27:00         | 2018-06-01
      2018年1月19日              | 2018-01-19
      2018年01月09日             | 2018-01-09
      2018年6月1日 13:27          | 2018-06-01
      2018年6月1日 13:27:00       | 2018-06-01
      20180119                  | 2018-01-19
      20180601 13:27            | 2018-06-01
      20180601 13:27:00         | 2018-06-01
      ２０１８－０１－１９          | 2018-01-19
      ２０１８年１月１９日          | 2018-01-19
      '  2018-01-19\u3000'      | 2018-01-19
      2020-02-29                | 2020-02-29
      """)
  void readsEveryAcceptedStyleWithAndWithoutTime(String text, LocalDate expected) throws Exception {
    assertThat(parser.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "2018年1月", "2018-01", "18-1-19", "2018-1/19", "2018--01-19", "43119", "2018119",
      "2018-01-19 13", "2018-01-19T", "2018-01-19 13:27 +08:00", "2018年1月19日 13时27分",
      "19/01/2018", "明天", "2018-01-19至2018-02-01"})
  @NullAndEmptySource
  void rejectsTextInNoAcceptedStyleAsUnreadable(String text) {
    assertThatThrownBy(() -> parser.parse(text)).isInstanceOf(UnreadableDateException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2019-02-30          | 2019年2月只有28天
      2019/13/01          | 一年只有12个月
      2019.4.31           | 2019年4月只有30天
      20190230            | 2019年2月只有28天
      2019年2月29日        | 2019年2月只有28天
      2019-00-10          | 一年只有12个月
      2019/1/0            | 每月从1日开始
      20191300            | 一年只有12个月
      2019-06-01 25:00    | 小时只能是0到23
      2019/6/1 24:00      | 小时只能是0到23
      2019.6.1 13:60      | 分钟只能是0到59
      2019年6月1日 13:27:61 | 秒只能是0到59
      20190601T13:27:60   | 秒只能是0到59
      """)
  void rejectsDaysAndTimesThatDoNotExistAsImpossible(String text, String why) {
    assertThatThrownBy(() -> parser.parse(text))
        .isInstanceOfSatisfying(
            ImpossibleDateException.class, e -> assertThat(e.why()).isEqualTo(why));
  }

  @Test
  void rejectsFebruaryThirtiethAsImpossible() {
    assertThatThrownBy(() -> parser.parse("2019-02-30"))
        .isInstanceOfSatisfying(
            ImpossibleDateException.class, e -> assertThat(e.why()).isEqualTo("2019年2月只有28天"));
  }

  @Test
  void acceptsTheLeapDayOfALeapYearOnly() throws Exception {
    assertThat(parser.parse("2020年2月29日")).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThatThrownBy(() -> parser.parse("2100年2月29日"))
        .isInstanceOf(ImpossibleDateException.class);
  }
}
