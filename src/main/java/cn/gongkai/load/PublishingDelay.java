package cn.gongkai.load;

import java.time.LocalDate;

/**
 * Working days from a publication's 生成日期 to its 发布日期, stored on it so that dashboards can show
 * the late ones with a plain range filter ({@code workingDays > 20}); the figures of {@code stats}
 * and {@code report} count them from the calendar at query time.
 */
@FunctionalInterface
public interface PublishingDelay {

  /** No delay recorded. */
  PublishingDelay NONE = (created, published) -> null;

  /** @return the working days, or null when the calendar does not cover the span */
  Integer workingDays(LocalDate created, LocalDate published);
}
