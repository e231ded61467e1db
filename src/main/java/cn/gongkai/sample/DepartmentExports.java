package cn.gongkai.sample;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The open export files of the departments that have rows: comma-separated, RFC 4180 quoting, CRLF
 * line ends, the department's header first, in the department's encoding. The writers refuse a
 * character their charset cannot encode (never a silent '?'). An existing file of the same name is
 * replaced.
 */
final class DepartmentExports implements Closeable {

  private final CSVPrinter[] printers;
  private final ExportLayout[] layouts;
  private final List<Path> files = new ArrayList<>();

  private DepartmentExports(int departments) {
    this.printers = new CSVPrinter[departments];
    this.layouts = new ExportLayout[departments];
  }

  /**
   * Opens (creating or truncating) the file of each of {@code exporters} in {@code inbox}.
   *
   * @param bureau the departments the exporters are among
   */
  static DepartmentExports open(Path inbox, Bureau bureau, List<Department> exporters,
      CategoryDeclarations declarations, ExportEncoding encoding) throws IOException {
    DepartmentExports exports = new DepartmentExports(bureau.size());
    try {
      for (Department department : exporters) {
        exports.openFile(inbox, department, declarations.layoutOf(department),
            encoding.ofDepartment(department.index()));
      }
    } catch (IOException | RuntimeException e) {
      exports.close();
      throw e;
    }
    return exports;
  }

  /** Writes {@code publication} as a row of {@code exporter}'s file, which must be open. */
  void write(Department exporter, SamplePublication publication) throws IOException {
    CSVPrinter printer = printers[exporter.index()];
    if (printer == null) {
      throw new IllegalStateException("no export file open for " + exporter.label());
    }
    printer.printRecord(layouts[exporter.index()].cells(publication));
  }

  /** The files opened, sorted by path. */
  List<Path> files() {
    return files.stream().sorted().toList();
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (CSVPrinter printer : printers) {
      try {
        if (printer != null) {
          printer.close(true);
        }
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

  private void openFile(Path inbox, Department department, ExportLayout layout,
      ExportEncoding encoding) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(layout.headers()).get();
    Path file = inbox.resolve(department.fileName());
    Writer writer = Files.newBufferedWriter(file, encoding.charset());
    try {
      if (encoding.byteOrderMark()) {
        writer.write('\uFEFF');
      }
      printers[department.index()] = new CSVPrinter(writer, format);
    } catch (IOException | RuntimeException e) {
      writer.close();
      throw e;
    }
    layouts[department.index()] = layout;
    files.add(file);
  }
}
