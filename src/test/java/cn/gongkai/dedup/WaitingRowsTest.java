package cn.gongkai.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.publication.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows waiting for the rest of their group, and a failed write taken back. */
class WaitingRowsTest {

  /** Rows 0 and 2 are one publication; row 1 is one on its own. */
  private final RunGroups groups = groups(List.of("K1:a"), List.of("K1:b"), List.of("K1:a"));

  @Test
  void aRowAloneIsCompleteAtOnceAndAGroupWithItsLastRow() {
    WaitingRows<String> waiting = new WaitingRows<>(groups, 1_000);

    assertThat(waiting.add(0, "first")).isNull();
    assertThat(waiting.add(1, "alone")).containsExactly("alone");
    assertThat(waiting.size()).isEqualTo(1);
    assertThat(waiting.add(2, "last")).containsExactly("first", "last");
    waiting.commit();

    assertThat(waiting.size()).isZero();
    assertThat(waiting.most()).isEqualTo(2);
  }

  @Test
  void aRolledBackChunkLeavesWhatWaitedBeforeIt() {
    WaitingRows<String> waiting = new WaitingRows<>(groups, 1_000);
    waiting.add(0, "first");
    waiting.commit();

    assertThat(waiting.add(2, "last")).containsExactly("first", "last");
    waiting.rollback();

    assertThat(waiting.size()).isEqualTo(1);
    assertThat(waiting.add(2, "last")).as("read again after the failed write").containsExactly("first", "last");
  }

  @Test
  void refusesToHoldMoreRowsThanItsLimitWithAMessageSayingWhatToDo() {
    WaitingRows<String> waiting = new WaitingRows<>(groups(List.of("K1:a"), List.of("K1:b"), List.of("K1:a"),
        List.of("K1:b")), 1);
    waiting.add(0, "first of a");

    assertThatThrownBy(() -> waiting.add(1, "first of b")).isInstanceOf(WaitingRows.TooManyWaitingRowsException.class)
        .hasMessageContaining("more than 1 rows").hasMessageContaining("-Xmx").hasMessageContaining("nothing was lost");
    assertThat(waiting.add(2, "last of a")).as("completing a group needs no room").isNotNull();
  }

  private static RunGroups groups(List<String>... keysOfRows) {
    RunGroups.Builder builder = new RunGroups.Builder();
    builder.file("a.csv");
    for (int i = 0; i < keysOfRows.length; i++) {
      builder.row(new Provenance("a.csv", i + 2, "办公室"), i, keysOfRows[i]);
    }
    return builder.build();
  }
}
