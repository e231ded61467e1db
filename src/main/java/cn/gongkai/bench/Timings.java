package cn.gongkai.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Repeated measurements of one thing, in milliseconds, in the order they were taken; the median is
 * what is reported, since the first of a series pays for warming up and one slow outlier (another
 * process on the shared cores) should not decide.
 */
public record Timings(List<Double> millis) {

  public Timings {
    millis = List.copyOf(millis);
    if (millis.isEmpty()) {
      throw new IllegalArgumentException("at least one measurement is needed");
    }
    if (millis.stream().anyMatch(value -> !(value >= 0))) {
      throw new IllegalArgumentException("measurements must be 0 or more, were " + millis);
    }
  }

  /** The middle value; for an even count, the mean of the two middle ones. */
  @JsonProperty("median")
  public double median() {
    List<Double> sorted = new ArrayList<>(millis);
    sorted.sort(null);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
