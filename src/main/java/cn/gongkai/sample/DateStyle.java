package cn.gongkai.sample;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** How a department's export system writes dates; every style is one SPEC section 3 accepts. */
enum DateStyle {
  /** 2019-03-05 */
  ISO("yyyy-MM-dd"),
  /** 2019/3/5 */
  SLASHED("yyyy/M/d"),
  /** 2019年3月5日 */
  CHINESE("yyyy年M月d日"),
  /** 2019-03-05 09:27:00, the time of publication on the website. */
  ISO_WITH_TIME("yyyy-MM-dd HH:mm:ss");

  private final DateTimeFormatter formatter;

  DateStyle(String pattern) {
    this.formatter = DateTimeFormatter.ofPattern(pattern);
  }

  /** The date in this style; {@code time} is used only by styles that show one. */
  String format(LocalDate date, LocalTime time) {
    return formatter.format(date.atTime(time));
  }
}
