package cn.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThroughputRatioTest {

  @ParameterizedTest
  @CsvSource({
      "2300, 46000, 'pipeline/raw-bulk ratio: 0.05'",
      "35000, 46000, 'pipeline/raw-bulk ratio: 0.76'",
      "46000, 46000, 'pipeline/raw-bulk ratio: 1.00'",
      "50000, 40000, 'pipeline/raw-bulk ratio: 1.25'",
      "0, 40000, 'pipeline/raw-bulk ratio: 0.00'",
      "749, 1000, 'pipeline/raw-bulk ratio: 0.75'",
      "744, 1000, 'pipeline/raw-bulk ratio: 0.74'"})
  void theLastLineIsThePipelinesThroughputOverTheBaselinesWithTwoDecimals(double pipeline, double raw, String line) {
    assertThat(new ThroughputRatio(pipeline, raw).line()).isEqualTo(line);
  }

  @Test
  void forTheSameDocumentsTheRatioIsTheBaselinesTimeOverThePipelines() {
    long documents = 800_000;
    double rawSeconds = 20;
    double pipelineSeconds = 25;

    ThroughputRatio ratio = new ThroughputRatio(documents / pipelineSeconds, documents / rawSeconds);

    assertThat(ratio.value()).isCloseTo(rawSeconds / pipelineSeconds, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void writesADecimalPointWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(new ThroughputRatio(1, 3).line()).isEqualTo("pipeline/raw-bulk ratio: 0.33");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void refusesABaselineWithoutThroughput() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ThroughputRatio(100, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> new ThroughputRatio(Double.NaN, 100));
  }
}
