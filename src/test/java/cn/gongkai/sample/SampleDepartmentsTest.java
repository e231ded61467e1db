package cn.gongkai.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.publication.PublicationRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The departments option: how many files, whose, and what the office re-exports. */
class SampleDepartmentsTest {

  private static final String ORGANIZATION = "示例市民政局";
  private static final List<String> CORE = List.of("办公室", "政策法规科", "社会救助科", "养老服务科", "社会事务科");

  @TempDir
  Path temp;

  @ParameterizedTest(name = "{0} departments")
  @ValueSource(ints = {1, 2, 5, 6, 16, 17, 31, 50})
  void writesOneFileForEachDepartmentTheCoreOnesFirst(int departments) throws IOException {
    List<Path> files = generate(spec(4000, departments, 0.2));

    List<String> names = files.stream().map(file -> file.getFileName().toString()).toList();
    List<String> labels = Bureau.of(departments).departments().stream().map(Department::label).toList();
    assertThat(names).hasSize(departments).doesNotHaveDuplicates().contains("办公室.csv");
    assertThat(labels).startsWith(CORE.subList(0, Math.min(departments, CORE.size())).toArray(String[]::new));
    assertThat(names).containsExactlyInAnyOrderElementsOf(labels.stream().map(label -> label + ".csv").toList());
  }

  @Test
  void beyondTheNamedSectionsAddsNumberedSectionsOfTheSameWork() {
    List<String> labels = Bureau.of(Bureau.MAX_DEPARTMENTS).departments().stream().map(Department::label).toList();

    assertThat(labels).hasSize(Bureau.MAX_DEPARTMENTS).doesNotHaveDuplicates()
        .contains("社会救助二科", "养老服务二科", "社会救助三科")
        .allSatisfy(label -> assertThat(label).matches("办公室|机关党委|.+科"));
  }

  @ParameterizedTest(name = "{0} departments")
  @ValueSource(ints = {2, 5, 16, 50})
  void theOfficeReexportsRowsOfTheOtherDepartmentsOnly(int departments) throws IOException {
    SampleSpec spec = spec(3000, departments, 0.2);
    IngestedSample sample = IngestedSample.read(generate(spec), ORGANIZATION);

    Map<String, Long> rowsByIndexNo = sample.records().stream()
        .collect(Collectors.groupingBy(PublicationRecord::indexNo, Collectors.counting()));
    List<PublicationRecord> repeated = sample.records().stream()
        .filter(record -> rowsByIndexNo.get(record.indexNo()) > 1).toList();

    assertThat(repeated.stream().filter(record -> record.provenance().file().equals("办公室.csv")
        && !record.department().equals("办公室"))).hasSize(spec.duplicateRows());
    assertThat(repeated).noneMatch(record -> record.department().equals("办公室"));
  }

  @Test
  void theOfficeAloneWritesOneFileAndReexportsItsOwnRows() throws IOException {
    SampleSpec spec = spec(2000, 1, 0.2);
    List<Path> files = generate(spec);
    IngestedSample sample = IngestedSample.read(files, ORGANIZATION);

    assertThat(files).extracting(file -> file.getFileName().toString()).containsExactly("办公室.csv");
    assertThat(sample.rows()).isEqualTo(2000);
    assertThat(sample.publications()).isEqualTo(spec.distinctPublications()).isEqualTo(1600);
  }

  @Test
  void departmentsOfTheSameBureauUseDifferentLayouts() {
    List<Department> departments = Bureau.of(16).departments();

    Map<List<String>, List<String>> byHeaders = departments.stream().collect(Collectors.groupingBy(
        department -> List.of(department.layout().headers()),
        Collectors.mapping(Department::label, Collectors.toList())));

    assertThat(byHeaders).hasSize(departments.size());
  }

  @Test
  void onlyTheOfficeFileNamesTheResponsibleDepartment() throws IOException {
    IngestedSample sample = IngestedSample.read(generate(spec(3000, 20, 0.1)), ORGANIZATION);

    Map<String, List<String>> departmentsByFile = sample.records().stream().collect(Collectors.groupingBy(
        record -> record.provenance().file(),
        Collectors.mapping(PublicationRecord::department, Collectors.toList())));

    departmentsByFile.forEach((file, departments) -> {
      if (!file.equals("办公室.csv")) {
        assertThat(departments).as(file).containsOnly(file.replace(".csv", ""));
      }
    });
    assertThat(departmentsByFile.get("办公室.csv")).contains("办公室", "社会救助科");
  }

  private SampleSpec spec(int records, int departments, double duplicates) {
    return new SampleSpec(records, 17L, 2019, 2024, ORGANIZATION, duplicates, departments,
        SampleSpec.DEFAULT_UNDECLARED_SHARE, ExportEncoding.UTF_8);
  }

  private List<Path> generate(SampleSpec spec) throws IOException {
    return new SampleExportGenerator(spec).writeTo(temp.resolve("inbox"));
  }
}
