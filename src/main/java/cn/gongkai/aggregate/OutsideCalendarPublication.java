package cn.gongkai.aggregate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * A publication made before the working-day calendar's first year (an old document re-published in a
 * website migration, typically): its delay cannot be measured, so it is listed apart for its
 * department to check the 生成日期.
 *
 * @param docNo the 文号, or {@code null} when it has none
 */
@JsonPropertyOrder({"department", "title", "docNo", "createdDate", "publishedDate"})
public record OutsideCalendarPublication(String department, String title, String docNo, LocalDate createdDate,
    LocalDate publishedDate) {

  /** Department by department (by name), then in the order they came out. */
  static final Comparator<OutsideCalendarPublication> BY_DEPARTMENT =
      Comparator.comparing(OutsideCalendarPublication::department)
          .thenComparing(OutsideCalendarPublication::publishedDate)
          .thenComparing(OutsideCalendarPublication::title);
}
