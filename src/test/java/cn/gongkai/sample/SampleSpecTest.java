package cn.gongkai.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SampleSpecTest {

  @Test
  void theDemoSpecCoversAtLeastFiveYears() {
    SampleSpec demo = SampleSpec.demo();

    assertThat(demo.lastYear() - demo.firstYear() + 1).isGreaterThanOrEqualTo(5);
  }

  @Test
  void theDemoSpecWritesAboutThreeHundredRowsATenthOfThemReexports() {
    SampleSpec demo = SampleSpec.demo();

    assertThat(demo.records()).isBetween(250, 350);
    assertThat(demo.duplicateRows()).isEqualTo(30);
    assertThat(demo.distinctPublications()).isEqualTo(270);
  }

  @ParameterizedTest
  @CsvSource({
      "300, 0.1, 270",
      "7, 0.5, 3",
      "1, 0.9, 1",
      "5, 1.0, 1",
      "1000, 0.0, 1000"})
  void countsDistinctPublicationsAsRecordsLessRoundedReexportsKeepingAtLeastOne(
      int records, double share, int distinct) {
    SampleSpec spec = new SampleSpec(records, 1L, 2019, 2024, "示例市民政局", share);

    assertThat(spec.distinctPublications()).isEqualTo(distinct);
    assertThat(spec.duplicateRows()).isEqualTo(records - distinct);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void rejectsANumberOfRecordsThatIsNotPositive(int records) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SampleSpec(records, 1L, 2019, 2024, "示例市民政局", 0.1));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
  void rejectsADuplicateShareOutsideZeroToOne(double share) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SampleSpec(10, 1L, 2019, 2024, "示例市民政局", share));
  }

  @Test
  void rejectsALastYearBeforeTheFirst() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SampleSpec(10, 1L, 2024, 2019, "示例市民政局", 0.1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void rejectsABlankOrganization(String organization) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SampleSpec(10, 1L, 2019, 2024, organization, 0.1));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 51})
  void rejectsADepartmentCountOutsideOneToFifty(int departments) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SampleSpec(10, 1L, 2019, 2024, "示例市民政局", 0.1, departments, 0.35,
            ExportEncoding.UTF_8))
        .withMessage("departments must be within 1..50, was " + departments);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
  void rejectsAnUndeclaredShareOutsideZeroToOne(double share) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SampleSpec(10, 1L, 2019, 2024, "示例市民政局", 0.1, 5, share,
            ExportEncoding.UTF_8))
        .withMessageStartingWith("undeclaredShare must be within 0..1");
  }

  @ParameterizedTest
  @CsvSource({"300, 0.35, 105", "7, 0.5, 4", "3, 0.1, 0", "10, 1.0, 10", "10, 0.0, 0"})
  void leavesTheRoundedShareOfRowsUndeclared(int records, double share, int undeclared) {
    SampleSpec spec = new SampleSpec(records, 1L, 2019, 2024, "示例市民政局", 0.1, 5, share,
        ExportEncoding.UTF_8);

    assertThat(spec.undeclaredRows()).isEqualTo(undeclared);
  }

  @Test
  void theShortConstructorTakesTheDefaultsTheDemoAlwaysHad() {
    SampleSpec spec = new SampleSpec(10, 1L, 2019, 2024, "示例市民政局", 0.1);

    assertThat(spec.departments()).isEqualTo(5);
    assertThat(spec.undeclaredShare()).isEqualTo(0.35);
    assertThat(spec.encoding()).isEqualTo(ExportEncoding.UTF_8);
  }

  @Test
  void anotherNumberOfRecordsOrOrganizationKeepsEveryOtherOption() {
    SampleSpec spec = new SampleSpec(10, 1L, 2019, 2024, "示例市民政局", 0.1, 17, 0.6, ExportEncoding.MIXED);

    assertThat(spec.withRecords(99)).isEqualTo(new SampleSpec(99, 1L, 2019, 2024, "示例市民政局", 0.1, 17, 0.6,
        ExportEncoding.MIXED));
    assertThat(spec.withOrganization("示例县民政局")).isEqualTo(new SampleSpec(10, 1L, 2019, 2024, "示例县民政局",
        0.1, 17, 0.6, ExportEncoding.MIXED));
  }

  @Test
  void trimsTheOrganization() {
    assertThat(new SampleSpec(10, 1L, 2019, 2024, " 示例市民政局 ", 0.1).organization())
        .isEqualTo("示例市民政局");
  }
}
