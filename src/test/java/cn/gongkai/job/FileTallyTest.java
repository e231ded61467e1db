package cn.gongkai.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileTallyTest {

  @ParameterizedTest(name = "read {0} = loaded {1} + merged {2} + rejected {3}: {4}")
  @CsvSource(textBlock = """
      0,  0, 0, 0, true
      10, 7, 2, 1, true
      10, 10, 0, 0, true
      10, 0, 0, 10, true
      10, 7, 2, 0, false
      10, 7, 2, 2, false
      0,  0, 0, 1, false
      1,  0, 0, 0, false
      """)
  void reconcilesExactlyWhenEveryRowReadIsLoadedMergedOrRejected(
      long read, long loaded, long merged, long rejected, boolean reconciles) {
    assertThat(new FileTally(read, loaded, merged, rejected, 0).reconciles()).isEqualTo(reconciles);
  }

  @Test
  void leavesUnknownChannelsOutOfTheReconciliation() {
    assertThat(new FileTally(3, 2, 0, 1, 5).reconciles()).isTrue();
  }

  @Test
  void startsEmptyAndReconciled() {
    assertThat(FileTally.EMPTY).isEqualTo(new FileTally(0, 0, 0, 0, 0));
    assertThat(FileTally.EMPTY.reconciles()).isTrue();
  }

  @Test
  void countsEachOutcomeByOne() {
    FileTally tally = new FileTally(10, 20, 30, 40, 50);

    assertThat(tally.plusRead()).isEqualTo(new FileTally(11, 20, 30, 40, 50));
    assertThat(tally.plusLoaded()).isEqualTo(new FileTally(10, 21, 30, 40, 50));
    assertThat(tally.plusMerged()).isEqualTo(new FileTally(10, 20, 31, 40, 50));
    assertThat(tally.plusRejected()).isEqualTo(new FileTally(10, 20, 30, 41, 50));
    assertThat(tally).as("a tally is a value: counting gives a new one").isEqualTo(new FileTally(10, 20, 30, 40, 50));
  }

  @Test
  void addsTwoTalliesFieldByField() {
    FileTally before = new FileTally(5, 3, 1, 1, 2);
    FileTally restarted = new FileTally(4, 2, 2, 0, 1);

    assertThat(before.plus(restarted)).isEqualTo(new FileTally(9, 5, 3, 1, 3));
  }

  @Test
  void reconcilesAfterEveryReadRowIsAccountedFor() {
    FileTally tally = FileTally.EMPTY;
    tally = tally.plusRead().plusLoaded();
    tally = tally.plusRead().plusMerged();
    tally = tally.plusRead();

    assertThat(tally.reconciles()).as("one row read but not yet accounted for").isFalse();
    assertThat(tally.plusRejected().reconciles()).isTrue();
    assertThat(tally.plusRejected()).isEqualTo(new FileTally(3, 1, 1, 1, 0));
  }
}
