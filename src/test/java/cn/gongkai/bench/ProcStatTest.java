package cn.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProcStatTest {

  /** A node's line as this machine printed it: utime 31541 and stime 2424 ticks. */
  private static final String NODE = "30786 (java) S 1 30708 30708 0 -1 4194304 360416 0 12 0 31541 2424 0 0 20 0 55 0 "
      + "1362434 4498575360 363751 18446744073709551615 94265065443328 94265065444333 140720640384208 0 0 0 0 2";

  @Test
  void addsUserAndSystemTimeInSecondsOfOneHundredTicks() {
    assertThat(ProcStat.cpuSeconds(NODE)).isCloseTo((31_541 + 2_424) / 100.0, within(1e-9));
  }

  @ParameterizedTest
  @ValueSource(strings = {"(my java)", "(a) b)", "((x)) (y)", "(S 1 2 3)", "()"})
  void countsTheFieldsFromTheLastParenthesisWhateverTheCommandNameHolds(String comm) {
    String line = "4242 " + comm + " R 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 1 0 99";

    assertThat(ProcStat.cpuSeconds(line)).isCloseTo(3.0, within(1e-9));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "4242 java R 1 2", "4242 (java) R 1 2 3", "4242 (java) R 1 4242 4242 0 -1 1 0 0 0 0 x 50"})
  void refusesWhatIsNoStatLine(String line) {
    assertThatIllegalArgumentException().isThrownBy(() -> ProcStat.cpuSeconds(line));
  }

  @Test
  void readsThisProcessWhereThereIsAProcFileSystem() {
    ProcStat.readSelf().ifPresent(seconds -> assertThat(seconds).isPositive());
    assertThat(ProcStat.read(Long.MAX_VALUE)).as("no such process").isEmpty();
  }
}
