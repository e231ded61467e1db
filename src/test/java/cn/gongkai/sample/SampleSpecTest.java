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

  @Test
  void trimsTheOrganization() {
    assertThat(new SampleSpec(10, 1L, 2019, 2024, " 示例市民政局 ", 0.1).organization())
        .isEqualTo("示例市民政局");
  }
}
