package cn.gongkai.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.publication.PublicationField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The undeclared option: the share of all rows that leave the category to the classifier. */
class UndeclaredCategoryTest {

  private static final String ORGANIZATION = "示例市民政局";

  @TempDir
  Path temp;

  @ParameterizedTest(name = "{0} rows, {1} departments, {2} undeclared")
  @CsvSource({
      "3000, 5, 0.0", "3000, 5, 0.35", "3000, 5, 1.0", "2999, 5, 0.5",
      "4000, 1, 0.2", "4000, 16, 0.05", "4000, 16, 0.35", "4000, 16, 0.9", "5000, 50, 0.6", "37, 50, 0.3"})
  void leavesExactlyTheRequestedShareOfRowsWithoutACategory(int records, int departments,
      double share) throws IOException {
    SampleSpec spec = spec(records, departments, share);
    IngestedSample sample = IngestedSample.read(generate(spec), ORGANIZATION);

    long undeclared = sample.records().stream().filter(record -> record.declaredCategory() == null).count();

    assertThat(sample.rows()).isEqualTo(records);
    assertThat(undeclared).isEqualTo(Math.round(records * share));
  }

  @Test
  void someFurtherDepartmentsExportWithoutACategoryColumnWhenTheShareLeavesRoom() throws IOException {
    List<Path> files = generate(spec(4000, 16, 0.35));

    assertThat(columnless(files)).containsExactlyInAnyOrder("儿童福利科.csv", "规划财务科.csv", "殡葬管理科.csv");
  }

  @Test
  void everyFileHasACategoryColumnWhenEveryRowMustDeclareOne() throws IOException {
    List<Path> files = generate(spec(4000, 16, 0.0));

    assertThat(columnless(files)).isEmpty();
  }

  @Test
  void departmentsLeaveTheCategoryBlankAsOftenAsTheirClerksDoRelativeToEachOther() throws IOException {
    IngestedSample sample = IngestedSample.read(generate(spec(20_000, 5, 0.35)), ORGANIZATION);

    Map<String, Double> blankShareByFile = sample.records().stream().collect(Collectors.groupingBy(
        record -> record.provenance().file(),
        Collectors.averagingDouble(record -> record.declaredCategory() == null ? 1 : 0)));

    assertThat(blankShareByFile.get("办公室.csv")).isLessThan(blankShareByFile.get("社会救助科.csv"));
    assertThat(blankShareByFile.get("社会救助科.csv")).isLessThan(blankShareByFile.get("社会事务科.csv"));
  }

  private static List<String> columnless(List<Path> files) throws IOException {
    List<String> columnless = new ArrayList<>();
    for (Path file : files) {
      List<String> header = List.of(Files.readAllLines(file).get(0).split(","));
      if (!ExportRows.fieldsOf(header).containsKey(PublicationField.CATEGORY)) {
        columnless.add(file.getFileName().toString());
      }
    }
    return columnless;
  }

  private SampleSpec spec(int records, int departments, double undeclared) {
    return new SampleSpec(records, 23L, 2019, 2024, ORGANIZATION, 0.2, departments, undeclared,
        ExportEncoding.UTF_8);
  }

  private List<Path> generate(SampleSpec spec) throws IOException {
    return new SampleExportGenerator(spec).writeTo(temp.resolve("inbox"));
  }
}
