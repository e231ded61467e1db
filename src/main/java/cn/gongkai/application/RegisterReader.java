package cn.gongkai.application;

import cn.gongkai.intake.CsvRecord;
import cn.gongkai.intake.CsvRecordReader;
import cn.gongkai.intake.ReadPlan;
import cn.gongkai.intake.RowDefect;
import cn.gongkai.normalize.DateRange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads an office's register into its applications or cases, each row counted or rejected with its
 * line and reason, so that read = counted + rejected. Its records come from the {@link CsvRecordReader}
 * publication lists are read with, so a register row that is not CSV (a stray quote), holds bytes
 * its encoding cannot decode, or has too many or too few cells is a rejected row, and the rest of
 * the register is read.
 */
public final class RegisterReader {

  private final ResultVocabulary results;
  private final DateRange dates;

  /** With the default range of dates, 1949 to next year ({@link DateRange#defaults()}). */
  public RegisterReader(ResultVocabulary results) {
    this(results, DateRange.defaults());
  }

  /** @param dates the years a register's dates can be true of (configuration: {@code gongkai.intake.dates}) */
  public RegisterReader(ResultVocabulary results, DateRange dates) {
    this.results = results;
    this.dates = dates;
  }

  /**
   * Every application of an application register, read as {@code plan} says (encoding, delimiter,
   * whether undecodable bytes are expected); rows without a department get the plan's.
   */
  public ParsedRegister<Application> applications(Path file, ReadPlan plan) throws IOException {
    RegisterRowParser parser = new RegisterRowParser(results, dates, plan.defaults().department());
    return read(file, plan, RegisterKind.APPLICATIONS, parser::application);
  }

  /** Every case of a case register, as {@link #applications}. */
  public ParsedRegister<ReviewCase> reviewCases(Path file, ReadPlan plan) throws IOException {
    RegisterRowParser parser = new RegisterRowParser(results, dates, plan.defaults().department());
    return read(file, plan, RegisterKind.REVIEWS, parser::reviewCase);
  }

  private static <T> ParsedRegister<T> read(Path file, ReadPlan plan, RegisterKind kind,
      Function<Map<RegisterField, String>, RegisterRowParser.Outcome<T>> parse) throws IOException {
    List<ParsedRegister.Accepted<T>> accepted = new ArrayList<>();
    List<ParsedRegister.Rejected> rejected = new ArrayList<>();
    try (CsvRecordReader records = new CsvRecordReader(file, plan.charset(), plan.delimiter(),
        plan.flagsUndecodable())) {
      int width = records.header().size();
      Map<RegisterField, Integer> columns = kind.columns(records.header());
      for (CsvRecord record = records.next(); record != null; record = records.next()) {
        RegisterRejection defect = defect(record, width);
        if (defect != null) {
          rejected.add(new ParsedRegister.Rejected(record.line(), defect));
          continue;
        }
        RegisterRowParser.Outcome<T> outcome = parse.apply(fields(record, columns));
        if (outcome.rejection() != null) {
          rejected.add(new ParsedRegister.Rejected(record.line(), outcome.rejection()));
        } else {
          accepted.add(new ParsedRegister.Accepted<>(record.line(), outcome.key(), outcome.record()));
        }
      }
    }
    return new ParsedRegister<>(kind, accepted, rejected);
  }

  private static Map<RegisterField, String> fields(CsvRecord record, Map<RegisterField, Integer> columns) {
    Map<RegisterField, String> row = new EnumMap<>(RegisterField.class);
    columns.forEach((field, column) -> row.put(field, record.cell(column)));
    return row;
  }

  /** What is wrong with the record before any of its fields is read; {@code null} for nothing. */
  private static RegisterRejection defect(CsvRecord record, int width) {
    RowDefect defect = record.defect();
    if (defect != null) {
      return switch (defect.kind()) {
        case MALFORMED_CSV -> RegisterRejection.malformedCsv(defect.detail());
        case UNDECODABLE_BYTES -> RegisterRejection.undecodableBytes(defect.detail());
      };
    }
    return record.width() == width ? null : RegisterRejection.wrongColumnCount(width, record.width());
  }
}
