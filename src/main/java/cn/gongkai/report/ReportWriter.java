package cn.gongkai.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes a year's report into a directory: {@code annual-report-<year>.md}, {@code .xlsx} and
 * {@code .html} with every table, and one {@code annual-report-<year>-<table>.csv} per table.
 * Existing files of the same names are replaced, so running it again gives the same files.
 */
public final class ReportWriter {

  private ReportWriter() {}

  /** The report as one self-contained HTML page, as {@code annual-report-<year>.html} holds it. */
  public static String html(AnnualReport report) {
    return HtmlReport.render(report);
  }

  /** @return the files written, in order */
  public static List<Path> write(Path directory, AnnualReport report, Set<ReportFormat> formats) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    String stem = "annual-report-" + report.year();
    if (formats.contains(ReportFormat.MD)) {
      written.add(Files.writeString(directory.resolve(stem + ".md"), MarkdownReport.render(report.heading(),
          report.tables()), StandardCharsets.UTF_8));
    }
    if (formats.contains(ReportFormat.CSV)) {
      for (ReportTable table : report.tables()) {
        written.add(Files.writeString(directory.resolve(stem + "-" + table.id() + ".csv"), CsvReport.render(table),
            StandardCharsets.UTF_8));
      }
    }
    if (formats.contains(ReportFormat.XLSX)) {
      written.add(XlsxReport.write(directory.resolve(stem + ".xlsx"), report.tables()));
    }
    if (formats.contains(ReportFormat.HTML)) {
      written.add(Files.writeString(directory.resolve(stem + ".html"), HtmlReport.render(report),
          StandardCharsets.UTF_8));
    }
    return written;
  }
}
