package cn.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimingsTest {

  @Test
  void theMedianOfAnOddCountIsTheMiddleValueWhateverTheOrder() {
    assertThat(new Timings(List.of(408.0, 85.0, 91.0, 101.0, 54.0)).median()).isEqualTo(91.0);
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    assertThat(new Timings(List.of(10.0, 40.0, 20.0, 30.0)).median()).isEqualTo(25.0);
  }

  @Test
  void oneSlowFirstRunDoesNotMoveTheMedian() {
    assertThat(new Timings(List.of(5_000.0, 50.0, 50.0)).median()).isEqualTo(50.0);
  }

  @Test
  void keepsTheMeasurementsInTheOrderTheyWereTaken() {
    assertThat(new Timings(List.of(3.0, 1.0, 2.0)).millis()).containsExactly(3.0, 1.0, 2.0);
  }

  @Test
  void refusesNoMeasurementAndNegativeOnes() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Timings(List.of()));
    assertThatIllegalArgumentException().isThrownBy(() -> new Timings(List.of(1.0, -1.0)));
    assertThatIllegalArgumentException().isThrownBy(() -> new Timings(List.of(Double.NaN)));
  }
}
