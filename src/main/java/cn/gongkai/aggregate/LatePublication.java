package cn.gongkai.aggregate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * A publication published after the legal time limit, as the report lists it for its department to
 * answer for: what it was, when it was made, when it came out and how many working days lay between.
 *
 * @param docNo the 文号, or {@code null} when it has none
 */
@JsonPropertyOrder({"department", "title", "docNo", "createdDate", "publishedDate", "workingDays"})
public record LatePublication(String department, String title, String docNo, LocalDate createdDate,
    LocalDate publishedDate, int workingDays) {

  /** Department by department (by name), then in the order they came out. */
  static final Comparator<LatePublication> BY_DEPARTMENT = Comparator.comparing(LatePublication::department)
      .thenComparing(LatePublication::publishedDate)
      .thenComparing(LatePublication::title);
}
