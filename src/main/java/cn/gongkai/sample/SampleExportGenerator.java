package cn.gongkai.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Writes realistic publication exports of the departments of one bureau, as they would drop them
 * in the inbox: one CSV file per department ({@code 办公室.csv}, {@code 社会救助科.csv}, ...), each in
 * its department's own layout, {@link SampleSpec#records()} data rows in all. The office's file
 * also re-exports {@link SampleSpec#duplicateRows()} records the departments already sent, so the
 * files hold {@link #distinctPublications()} distinct publications, each with its own index number.
 *
 * <p>The output depends on the spec alone: the same spec writes byte-identical files.
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
    Random random = new Random(spec.seed());
    PublicationPlan plan = PublicationPlan.of(spec, random);
    try (DepartmentExports exports = DepartmentExports.open(inboxDir, exporters(plan))) {
      writePublications(plan, random, exports);
      return exports.files();
    }
  }

  private void writePublications(PublicationPlan plan, Random random, DepartmentExports exports)
      throws IOException {
    PublicationFactory factory = new PublicationFactory(spec, random);
    ReexportAllocator reexports = new ReexportAllocator(spec.duplicateRows(),
        spec.distinctPublications() - plan.total(Department.OFFICE));
    for (int year = spec.firstYear(); year <= spec.lastYear(); year++) {
      CreatedDateSequence dates = new CreatedDateSequence(year, plan.count(year), random);
      DepartmentDraw departments = plan.departmentsOf(year);
      while (dates.hasNext()) {
        LocalDate created = dates.next();
        Department department = departments.next(random);
        SamplePublication publication = factory.create(department, created);
        exports.write(department, publication);
        for (int copy = reexports.reexportsOf(department, random); copy > 0; copy--) {
          exports.write(Department.OFFICE, factory.reexport(publication));
        }
      }
    }
  }

  private Set<Department> exporters(PublicationPlan plan) {
    Set<Department> exporters = EnumSet.noneOf(Department.class);
    for (Department department : Department.values()) {
      boolean reexports = department == Department.OFFICE && spec.duplicateRows() > 0;
      if (plan.total(department) > 0 || reexports) {
        exporters.add(department);
      }
    }
    return exporters;
  }
}
