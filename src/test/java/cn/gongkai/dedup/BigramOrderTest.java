package cn.gongkai.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BigramOrderTest {

  @Test
  void ranksTheRarestBigramFirstAndBreaksTiesByCode() {
    List<long[]> titles = List.of(
        TitleSimilarity.bigramCodes("关于通知"), TitleSimilarity.bigramCodes("关于通报"), TitleSimilarity.bigramCodes("关于"));
    BigramOrder order = BigramOrder.of(titles);

    // 通报 (U+62A5) and 通知 (U+77E5) are in one title each, by code; 于通 in two; 关于 in all three
    assertThat(order.ranked(TitleSimilarity.bigramCodes("关于通报"))).containsExactly(0, 2, 3);
    assertThat(order.ranked(TitleSimilarity.bigramCodes("关于通知"))).containsExactly(1, 2, 3);
    assertThat(order.ranked(TitleSimilarity.bigramCodes("关于"))).containsExactly(3);
  }

  /** The same ranks as sorting every bigram by (how many titles hold it, code), computed the plain way. */
  @Test
  void ranksEveryBigramAsSortingByFrequencyThenCodeDoes() {
    Random random = new Random(7);
    List<long[]> titles = new ArrayList<>();
    for (int t = 0; t < 3_000; t++) {
      StringBuilder title = new StringBuilder();
      for (int c = 1 + random.nextInt(30); c > 0; c--) {
        title.appendCodePoint(random.nextInt(20) == 0 ? 0x20000 + random.nextInt(50) : 0x4E00 + random.nextInt(60));
      }
      titles.add(TitleSimilarity.bigramCodes(title.toString()));
    }
    Map<Long, Integer> frequency = new TreeMap<>();
    titles.forEach(title -> Arrays.stream(title).forEach(code -> frequency.merge(code, 1, Integer::sum)));
    List<Long> expectedOrder = new ArrayList<>(frequency.keySet());
    expectedOrder.sort(Comparator.<Long>comparingInt(frequency::get).thenComparing(Comparator.naturalOrder()));

    BigramOrder order = BigramOrder.of(titles);

    for (long[] title : titles) {
      int[] expected = Arrays.stream(title).mapToInt(code -> expectedOrder.indexOf(code)).sorted().toArray();
      assertThat(order.ranked(title)).containsExactly(expected);
    }
  }

  @Test
  void refusesABigramItWasNotBuiltFrom() {
    BigramOrder order = BigramOrder.of(List.of(TitleSimilarity.bigramCodes("关于")));

    assertThatThrownBy(() -> order.ranked(TitleSimilarity.bigramCodes("通知")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("通知");
  }
}
