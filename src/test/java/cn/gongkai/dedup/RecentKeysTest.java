package cn.gongkai.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.support.StableId;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecentKeysTest {

  private final RecentKeys keys = new RecentKeys();

  @Test
  void answersTheLastPublicationAKeyWasGivenTo() {
    keys.put(StableId.of("K1:GK-1"), StableId.of("a"));
    keys.put(StableId.of("K1:GK-1"), StableId.of("b"));

    assertThat(keys.get(StableId.of("K1:GK-1"))).isEqualTo(StableId.of("b"));
    assertThat(keys.size()).isEqualTo(1);
  }

  @Test
  void knowsNothingOfAKeyNeverPut() {
    keys.put(StableId.of("K1:GK-1"), StableId.of("a"));

    assertThat(keys.get(StableId.of("K1:GK-2"))).isNull();
  }

  @Test
  void keepsEveryKeyThroughManyGrowths() {
    Map<String, String> expected = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      String key = StableId.of("K3:" + i);
      String publication = StableId.of("P" + random.nextInt(50_000));
      keys.put(key, publication);
      expected.put(key, publication);
    }

    assertThat(keys.size()).isEqualTo(expected.size());
    expected.forEach((key, publication) -> assertThat(keys.get(key)).as(key).isEqualTo(publication));
    assertThat(keys.get(StableId.of("K3:200000"))).isNull();
  }

  @Test
  void refusesWhatIsNotAStableId() {
    assertThatThrownBy(() -> keys.put("K1:GK-1", StableId.of("a"))).isInstanceOf(IllegalArgumentException.class);
  }
}
