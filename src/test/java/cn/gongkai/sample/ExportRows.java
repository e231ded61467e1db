package cn.gongkai.sample;

import cn.gongkai.publication.PublicationField;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads generated exports back the way the pipeline would: headers matched by their synonyms. */
final class ExportRows {

  private static final Pattern DATE = Pattern.compile("(\\d{4})\\D(\\d{1,2})\\D(\\d{1,2})日?( .*)?");

  private ExportRows() {
  }

  /** The file's rows as field values; a column whose header is no synonym fails the read. */
  static List<Map<PublicationField, String>> read(Path file) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      Map<PublicationField, String> headers = fieldsOf(parser.getHeaderNames());
      List<Map<PublicationField, String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (!record.isConsistent()) {
          throw new IllegalStateException(file + " record " + record.getRecordNumber() + " ragged");
        }
        Map<PublicationField, String> row = new EnumMap<>(PublicationField.class);
        headers.forEach((field, header) -> row.put(field, record.get(header)));
        rows.add(row);
      }
      return rows;
    }
  }

  /** The rows of all files, in file order. */
  static List<Map<PublicationField, String>> readAll(List<Path> files) throws IOException {
    List<Map<PublicationField, String>> rows = new ArrayList<>();
    for (Path file : files) {
      rows.addAll(read(file));
    }
    return rows;
  }

  /** The header of each field present in {@code headerNames}. */
  static Map<PublicationField, String> fieldsOf(List<String> headerNames) {
    Map<PublicationField, String> fields = new EnumMap<>(PublicationField.class);
    for (String header : headerNames) {
      PublicationField field = List.of(PublicationField.values()).stream()
          .filter(candidate -> candidate.defaultSynonyms().contains(header))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("unknown header " + header));
      fields.put(field, header);
    }
    return fields;
  }

  /** A date in any of the generator's styles (2019-03-05, 2019/3/5, 2019年3月5日, with a time). */
  static LocalDate date(String text) {
    Matcher matcher = DATE.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a date: " + text);
    }
    return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
        Integer.parseInt(matcher.group(3)));
  }

  static String iso(String text) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(date(text));
  }
}
