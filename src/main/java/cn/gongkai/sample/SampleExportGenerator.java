package cn.gongkai.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Writes realistic publication exports of the departments of one bureau, as they would drop them
 * in the inbox: one CSV file per department ({@code 办公室.csv}, {@code 社会救助科.csv}, ...), each in
 * its department's own layout and encoding, {@link SampleSpec#records()} data rows in all. The
 * office's file also re-exports {@link SampleSpec#duplicateRows()} records the departments already
 * sent, so the files hold {@link #distinctPublications()} distinct publications: no two of them
 * share an index number, a document number or a title on the same day, so only the re-exports
 * merge.
 *
 * <p>The output depends on the spec alone: the same spec writes byte-identical files. Rows are
 * written as they are made, so memory does not grow with the number of rows.
 */
public final class SampleExportGenerator {

  private final SampleSpec spec;

  public SampleExportGenerator(SampleSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  /** Distinct publications the files hold once the office's re-exports are merged. */
  public int distinctPublications() {
    return spec.distinctPublications();
  }

  /**
   * Writes the department files into {@code inboxDir}, creating it if needed and replacing files
   * of the same names; other files there are left alone. A department without rows gets no file.
   *
   * @return the files written, sorted by path
   */
  public List<Path> writeTo(Path inboxDir) throws IOException {
    Files.createDirectories(inboxDir);
    Bureau bureau = Bureau.of(spec.departments());
    Random random = new Random(spec.seed());
    PublicationPlan plan = PublicationPlan.of(spec, bureau, random);
    int[] rows = rowsByDepartment(bureau, plan);
    CategoryDeclarations declarations =
        CategoryDeclarations.of(bureau.departments(), rows, spec.undeclaredRows());
    try (DepartmentExports exports = DepartmentExports.open(inboxDir, bureau,
        exporters(bureau, rows), declarations, spec.encoding())) {
      writePublications(bureau, plan, new PublicationFactory(spec, declarations, random), random,
          exports);
      return exports.files();
    }
  }

  private void writePublications(Bureau bureau, PublicationPlan plan, PublicationFactory factory,
      Random random, DepartmentExports exports) throws IOException {
    Department office = bureau.office();
    int officeOwn = plan.total(office);
    ReexportAllocator reexports = new ReexportAllocator(spec.duplicateRows(),
        spec.distinctPublications() - officeOwn, officeOwn);
    for (int year = spec.firstYear(); year <= spec.lastYear(); year++) {
      CreatedDateSequence dates = new CreatedDateSequence(year, plan.count(year), random);
      DepartmentDraw departments = plan.departmentsOf(year);
      while (dates.hasNext()) {
        LocalDate created = dates.next();
        Department department = departments.next(random);
        SamplePublication publication = factory.create(department, created);
        exports.write(department, publication);
        for (int copy = reexports.reexportsOf(department, random); copy > 0; copy--) {
          exports.write(office, factory.reexport(publication, office));
        }
      }
    }
  }

  /** The rows of each department's file: its own publications, and for the office the re-exports. */
  private int[] rowsByDepartment(Bureau bureau, PublicationPlan plan) {
    int[] rows = new int[bureau.size()];
    for (Department department : bureau.departments()) {
      rows[department.index()] = plan.total(department);
    }
    rows[bureau.office().index()] += spec.duplicateRows();
    return rows;
  }

  private static List<Department> exporters(Bureau bureau, int[] rows) {
    List<Department> exporters = new ArrayList<>();
    for (Department department : bureau.departments()) {
      if (rows[department.index()] > 0) {
        exporters.add(department);
      }
    }
    return exporters;
  }
}
