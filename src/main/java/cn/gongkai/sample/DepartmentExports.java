package cn.gongkai.sample;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The open export files of the departments that have rows: UTF-8 without BOM, comma-separated,
 * RFC 4180 quoting, CRLF line ends, the department's header first. An existing file of the same
 * name is replaced.
 */
final class DepartmentExports implements Closeable {

  private final Map<Department, CSVPrinter> printers = new EnumMap<>(Department.class);
  private final Map<Department, ExportLayout> layouts = new EnumMap<>(Department.class);
  private final List<Path> files = new ArrayList<>();

  private DepartmentExports() {
  }

  /** Opens (creating or truncating) the file of each of {@code departments} in {@code inbox}. */
  static DepartmentExports open(Path inbox, Set<Department> departments) throws IOException {
    DepartmentExports exports = new DepartmentExports();
    try {
      for (Department department : departments) {
        exports.openFile(inbox, department);
      }
    } catch (IOException | RuntimeException e) {
      exports.close();
      throw e;
    }
    return exports;
  }

  /** Writes {@code publication} as a row of {@code exporter}'s file, which must be open. */
  void write(Department exporter, SamplePublication publication) throws IOException {
    CSVPrinter printer = printers.get(exporter);
    if (printer == null) {
      throw new IllegalStateException("no export file open for " + exporter.label());
    }
    printer.printRecord(layouts.get(exporter).cells(publication));
  }

  /** The files opened, sorted by path. */
  List<Path> files() {
    return files.stream().sorted().toList();
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (CSVPrinter printer : printers.values()) {
      try {
        printer.close(true);
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void openFile(Path inbox, Department department) throws IOException {
    ExportLayout layout = ExportLayouts.of(department);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(layout.headers()).get();
    Path file = inbox.resolve(department.fileName());
    Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    try {
      printers.put(department, new CSVPrinter(writer, format));
    } catch (IOException | RuntimeException e) {
      writer.close();
      throw e;
    }
    layouts.put(department, layout);
    files.add(file);
  }
}
