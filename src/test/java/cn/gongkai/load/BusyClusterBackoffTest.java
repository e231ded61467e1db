package cn.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BusyClusterBackoffTest {

  @Test
  void aBatchThatStaysRefusedFailsOnceItHasWaitedItsLimitSayingTheChunkIsWrittenAgain() {
    BusyClusterBackoff backoff = new BusyClusterBackoff(250);

    assertThatThrownBy(() -> {
      for (int attempt = 0; attempt < 100; attempt++) {
        backoff.pauseBefore(7, "es_rejected_execution_exception");
      }
    }).isInstanceOf(BulkWriteException.class)
        .hasMessageContaining("too busy to take 7 writes")
        .hasMessageContaining("es_rejected_execution_exception")
        .hasMessageContaining("the next run writes it again");
    assertThat(backoff.retries()).as("waits of 100 ms and more, doubling, within 250 ms").isBetween(1, 3);
  }
}
