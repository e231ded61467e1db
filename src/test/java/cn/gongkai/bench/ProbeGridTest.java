package cn.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProbeGridTest {

  @Test
  void triesEverySizeWithEveryConcurrency() {
    assertThat(ProbeGrid.shapes()).hasSize(9)
        .contains(new BulkShape(1_000, 1), new BulkShape(5_000, 2), new BulkShape(10_000, 3));
  }

  @Test
  void choosesTheProbeWithTheMostDocumentsPerSecond() {
    BulkLoad slow = probe(1_000, 1, 10.0);
    BulkLoad fast = probe(5_000, 2, 4.0);
    BulkLoad middling = probe(10_000, 3, 5.0);

    assertThat(ProbeGrid.fastest(List.of(slow, fast, middling))).isSameAs(fast);
  }

  @Test
  void betweenEquallyFastProbesChoosesFewerRequestsInFlightThenSmallerRequests() {
    BulkLoad wide = probe(5_000, 3, 4.0);
    BulkLoad big = probe(10_000, 2, 4.0);
    BulkLoad small = probe(1_000, 2, 4.0);

    assertThat(ProbeGrid.fastest(List.of(wide, big, small))).isSameAs(small);
  }

  @Test
  void hasNothingToChooseFromWithoutProbes() {
    assertThatIllegalArgumentException().isThrownBy(() -> ProbeGrid.fastest(List.of()));
  }

  @ParameterizedTest
  @CsvSource({"1000000, 200000", "2400, 480", "3, 1", "1, 1"})
  void probesTheFirstFifthOfTheDocumentsAndAtLeastOne(long documents, int slice) {
    assertThat(ProbeGrid.slice(documents)).isEqualTo(slice);
  }

  private static BulkLoad probe(int size, int concurrency, double seconds) {
    return new BulkLoad(new BulkShape(size, concurrency), 200_000, 100_000_000, seconds);
  }
}
