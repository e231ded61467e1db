package cn.gongkai.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The files hold exactly the publications the spec promises once the pipeline merges rows that
 * share a key, whatever the options; and the same spec writes the same bytes.
 */
class DistinctPublicationsTest {

  private static final String ORGANIZATION = "示例市民政局";

  @TempDir
  Path temp;

  @ParameterizedTest(name = "{0} rows, {1} duplicates, {2} departments, {3}")
  @CsvSource({
      "1, 0.1, 5, utf-8", "2, 0.5, 5, utf-8", "5, 1.0, 2, gbk", "40, 1.0, 16, utf-8",
      "300, 0.1, 5, utf-8", "3000, 0.0, 8, utf-8-bom", "6000, 0.2, 1, gbk", "6000, 0.2, 5, mixed",
      "8000, 0.6, 50, mixed", "20000, 0.2, 20, utf-8"})
  void thePipelineFindsRecordsLessDuplicateRowsPublications(int records, double duplicates,
      int departments, String encoding) throws IOException {
    SampleSpec spec = spec(records, duplicates, departments, ExportEncoding.of(encoding), 37L);

    IngestedSample sample = IngestedSample.read(generate(spec, "inbox"), ORGANIZATION);

    assertThat(sample.rows()).isEqualTo(records);
    assertThat(sample.rejected()).isZero();
    assertThat(sample.publications()).isEqualTo(records - spec.duplicateRows());
  }

  @ParameterizedTest(name = "{0} departments, {1}")
  @CsvSource({"5, utf-8", "1, gbk", "17, mixed", "50, utf-8-bom"})
  void writesByteIdenticalFilesForTheSameSpec(int departments, String encoding) throws IOException {
    SampleSpec spec = spec(3000, 0.2, departments, ExportEncoding.of(encoding), 41L);

    List<Path> first = generate(spec, "first");
    List<Path> second = generate(spec, "second");

    assertThat(second).hasSameSizeAs(first);
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i).getFileName()).isEqualTo(first.get(i).getFileName());
      assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
    }
  }

  @ParameterizedTest(name = "{0} departments")
  @CsvSource({"5", "17"})
  void writesOtherRowsForAnotherSeed(int departments) throws IOException {
    List<Path> first = generate(spec(3000, 0.2, departments, ExportEncoding.UTF_8, 41L), "first");
    List<Path> second = generate(spec(3000, 0.2, departments, ExportEncoding.UTF_8, 42L), "second");

    assertThat(Files.readString(second.get(0))).isNotEqualTo(Files.readString(first.get(0)));
  }

  private static SampleSpec spec(int records, double duplicates, int departments,
      ExportEncoding encoding, long seed) {
    return new SampleSpec(records, seed, 2019, 2024, ORGANIZATION, duplicates, departments,
        SampleSpec.DEFAULT_UNDECLARED_SHARE, encoding);
  }

  private List<Path> generate(SampleSpec spec, String inbox) throws IOException {
    return new SampleExportGenerator(spec).writeTo(temp.resolve(inbox));
  }
}
