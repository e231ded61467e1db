package cn.gongkai.report;

import cn.gongkai.aggregate.PublicationFigures;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the HTML report's charts draw, arranged as the charts want it: one series per category over
 * every year from the first with publications to the report's year (a year without any shows as
 * zero, not as a gap that hides it), and the year's channels, departments and months.
 *
 * <p>Everything keyed is a list, not a JSON object: a browser orders an object's keys that look like
 * numbers ("10", "11", "12") before the others ("01"), which would put October first.
 *
 * @param byYearAndCategory one series per category, each a count per entry of {@code years}
 */
@JsonPropertyOrder({"year", "years", "byYearAndCategory", "byChannel", "byDepartment", "byMonth"})
record ChartData(int year, List<String> years, List<Series> byYearAndCategory, Bars byChannel, Bars byDepartment,
    Bars byMonth) {

  /** One category's counts over the years. */
  record Series(String name, List<Long> counts) {}

  /** Bars in the order given: a label and a count each. */
  record Bars(List<String> labels, List<Long> counts) {

    static Bars of(Map<String, Long> counts) {
      return new Bars(List.copyOf(counts.keySet()), List.copyOf(counts.values()));
    }
  }

  static ChartData of(AnnualReport report) {
    PublicationFigures.Publications p = report.figures().publications();
    Map<String, Map<String, Long>> history = p.byYearAndCategory();
    List<String> years = new ArrayList<>();
    int first = history.keySet().stream().mapToInt(Integer::parseInt).min().orElse(report.year());
    for (int year = first; year <= report.year(); year++) {
      years.add(String.valueOf(year));
    }
    List<String> categories = new ArrayList<>(report.categories());
    history.values().forEach(counts -> counts.keySet().stream()
        .filter(name -> !categories.contains(name)).sorted().forEach(categories::add));
    List<Series> series = categories.stream().map(category -> new Series(category, years.stream()
        .map(year -> history.getOrDefault(year, Map.of()).getOrDefault(category, 0L)).toList())).toList();
    Map<String, Long> months = new LinkedHashMap<>();
    p.byMonth().forEach((month, count) -> months.put(Integer.parseInt(month) + "月", count));
    return new ChartData(report.year(), years, series, Bars.of(p.byChannel()), Bars.of(p.byDepartment()),
        Bars.of(months));
  }
}
