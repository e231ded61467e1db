package cn.gongkai.aggregate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How timeliness is measured.
 *
 * @param calendarDirectory the working-day calendar, one holiday-cn file per year (config/calendar)
 * @param limitWorkingDays the legal limit in working days after 生成日期 (20 by the 2019 条例 article 26)
 */
public record TimelinessSettings(Path calendarDirectory, int limitWorkingDays) {

  public TimelinessSettings {
    Objects.requireNonNull(calendarDirectory, "calendarDirectory");
    if (limitWorkingDays < 0) {
      throw new IllegalArgumentException("the time limit is 0 working days or more, was " + limitWorkingDays);
    }
  }
}
