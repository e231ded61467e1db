package cn.gongkai.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows that share a key are one application (or case), exported again: a register is exported
 * whole, again and again, as its replies come in. The most advanced row wins (answered over still
 * open, closed over pending); between rows as advanced, the later one, which has the office's
 * latest corrections. Every row is either the kept one or merged into it.
 */
public final class RegisterDeduplication {

  private RegisterDeduplication() {}

  /** The distinct records, by key, in the order their keys were first seen, and how many rows merged. */
  public record Distinct<T>(Map<String, T> records, long merged) {

    public Collection<T> values() {
      return records.values();
    }
  }

  public static Distinct<Application> applications(List<ParsedRegister.Accepted<Application>> rows) {
    return distinct(rows, (kept, next) -> kept.replyDate() != null && next.replyDate() == null ? kept : next);
  }

  public static Distinct<ReviewCase> reviewCases(List<ParsedRegister.Accepted<ReviewCase>> rows) {
    return distinct(rows, (kept, next) -> kept.closedDate() != null && next.closedDate() == null ? kept : next);
  }

  private static <T> Distinct<T> distinct(List<ParsedRegister.Accepted<T>> rows, java.util.function.BinaryOperator<T> keep) {
    Map<String, T> records = new LinkedHashMap<>();
    long merged = 0;
    for (ParsedRegister.Accepted<T> row : rows) {
      T before = records.get(row.key());
      if (before == null) {
        records.put(row.key(), row.record());
      } else {
        records.put(row.key(), keep.apply(before, row.record()));
        merged++;
      }
    }
    return new Distinct<>(records, merged);
  }
}
