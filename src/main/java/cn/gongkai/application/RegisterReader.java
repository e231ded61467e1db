package cn.gongkai.application;

import cn.gongkai.normalize.DateRange;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an office's register (a CSV export in a known encoding) into its applications or cases, each
 * row counted or rejected with its line and reason, so that read = counted + rejected.
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

  /** The kind of register the file's header says it is; empty for a publication list. */
  public Optional<RegisterKind> kindOf(Path file, Charset charset) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, charset);
        CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
      var records = parser.iterator();
      return records.hasNext() ? RegisterKind.detect(header(records.next())) : Optional.empty();
    }
  }

  /** Every application of an application register; rows of department-less registers get {@code department}. */
  public ParsedRegister<Application> applications(Path file, Charset charset, String department) throws IOException {
    return applications(file, charset, ',', department);
  }

  /** As {@link #applications(Path, Charset, String)}, with the file's delimiter (a tab for TSV). */
  public ParsedRegister<Application> applications(Path file, Charset charset, char delimiter, String department)
      throws IOException {
    RegisterRowParser parser = new RegisterRowParser(results, dates, department);
    return read(file, charset, delimiter, RegisterKind.APPLICATIONS, parser::application);
  }

  /** Every case of a case register. */
  public ParsedRegister<ReviewCase> reviewCases(Path file, Charset charset, String department) throws IOException {
    return reviewCases(file, charset, ',', department);
  }

  /** As {@link #reviewCases(Path, Charset, String)}, with the file's delimiter. */
  public ParsedRegister<ReviewCase> reviewCases(Path file, Charset charset, char delimiter, String department)
      throws IOException {
    RegisterRowParser parser = new RegisterRowParser(results, dates, department);
    return read(file, charset, delimiter, RegisterKind.REVIEWS, parser::reviewCase);
  }

  private static <T> ParsedRegister<T> read(Path file, Charset charset, char delimiter, RegisterKind kind,
      java.util.function.Function<Map<RegisterField, String>, RegisterRowParser.Outcome<T>> parse) throws IOException {
    List<ParsedRegister.Accepted<T>> accepted = new ArrayList<>();
    List<ParsedRegister.Rejected> rejected = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, charset);
        CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(reader)) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        return new ParsedRegister<>(kind, accepted, rejected);
      }
      List<String> header = header(records.next());
      Map<RegisterField, Integer> columns = kind.columns(header);
      long lineAfter = parser.getCurrentLineNumber();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long line = lineAfter + 1;
        lineAfter = parser.getCurrentLineNumber();
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue; // an empty line is no row
        }
        if (record.size() != header.size()) {
          rejected.add(new ParsedRegister.Rejected(line, new RegisterRejection(
              RegisterRejection.Reason.WRONG_COLUMN_COUNT, "表头有" + header.size() + "列，这一行却有" + record.size()
                  + "列：请给含逗号或换行的字段加上英文双引号后重新导出")));
          continue;
        }
        Map<RegisterField, String> row = new EnumMap<>(RegisterField.class);
        columns.forEach((field, column) -> row.put(field, record.get(column)));
        RegisterRowParser.Outcome<T> outcome = parse.apply(row);
        if (outcome.rejection() != null) {
          rejected.add(new ParsedRegister.Rejected(line, outcome.rejection()));
        } else {
          accepted.add(new ParsedRegister.Accepted<>(line, outcome.key(), outcome.record()));
        }
      }
    }
    return new ParsedRegister<>(kind, accepted, rejected);
  }

  private static List<String> header(CSVRecord record) {
    List<String> header = new ArrayList<>();
    record.forEach(cell -> header.add(cell.replace("\uFEFF", "")));
    return header;
  }
}
