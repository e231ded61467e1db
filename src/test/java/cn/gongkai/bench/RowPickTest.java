package cn.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowPickTest {

  @Test
  void spreadsTheRowsOverTheFilesInProportionToTheirRows() {
    List<int[]> picks = RowPick.spread(new int[] {600_000, 200_000, 150_000, 50_000}, 2_000);

    assertThat(picks).extracting(pick -> pick.length).containsExactly(1_200, 400, 300, 100);
  }

  @Test
  void givesTheRemaindersToTheLargestFractionsAndPicksExactlyWhatIsWanted() {
    List<int[]> picks = RowPick.spread(new int[] {10, 10, 10}, 2);

    assertThat(picks).extracting(pick -> pick.length).containsExactly(1, 1, 0);
    assertThat(RowPick.spread(new int[] {7, 5, 3, 1}, 6).stream().mapToInt(pick -> pick.length).sum()).isEqualTo(6);
  }

  @Test
  void picksEvenlySpacedRowsFromFirstToLastWithoutRepeats() {
    int[] picked = RowPick.spread(new int[] {100}, 4).get(0);

    assertThat(picked).containsExactly(12, 37, 62, 87);
    int[] dense = RowPick.spread(new int[] {1_001}, 1_000).get(0);
    assertThat(Arrays.stream(dense).distinct().count()).isEqualTo(1_000);
    assertThat(dense).isSorted();
    assertThat(dense[0]).isZero();
    assertThat(dense[999]).isEqualTo(1_000);
  }

  @Test
  void takesEveryRowWhenTheFilesHoldFewerThanWanted() {
    List<int[]> picks = RowPick.spread(new int[] {3, 0, 2}, 2_000);

    assertThat(picks.get(0)).containsExactly(0, 1, 2);
    assertThat(picks.get(1)).isEmpty();
    assertThat(picks.get(2)).containsExactly(0, 1);
  }

  @Test
  void picksNothingFromNothing() {
    assertThat(RowPick.spread(new int[] {}, 5)).isEmpty();
    assertThat(RowPick.spread(new int[] {0, 0}, 5)).allMatch(pick -> pick.length == 0);
    assertThatIllegalArgumentException().isThrownBy(() -> RowPick.spread(new int[] {3}, -1));
    assertThatIllegalArgumentException().isThrownBy(() -> RowPick.spread(new int[] {-3}, 1));
  }
}
