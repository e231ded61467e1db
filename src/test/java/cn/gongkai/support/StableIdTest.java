package cn.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StableIdTest {

  @Test
  void isTheFirst128BitsOfTheKeysSha256InLowerCaseHex() {
    assertThat(StableId.of("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223");
  }

  @Test
  void isTheSameForTheSameKeyAndDiffersForAnother() {
    assertThat(StableId.of("K1:GK-1")).isEqualTo(StableId.of("K1:GK-1")).isNotEqualTo(StableId.of("K1:GK-2"));
  }

  @Test
  void readsTheKeyAsUtf8() {
    assertThat(StableId.of("关于甲的通知")).hasSize(32).matches("[0-9a-f]{32}");
  }

  @Test
  void itsBitsSpellTheSameIdAndReadBackFromIt() {
    for (String key : new String[] {"K1:GK-1", "K3:关于开展安全生产检查的通知|2019-05-06", ""}) {
      long[] bits = StableId.bits(key);

      org.assertj.core.api.Assertions.assertThat(StableId.hex(bits[0], bits[1])).isEqualTo(StableId.of(key));
      org.assertj.core.api.Assertions.assertThat(StableId.bitsOf(StableId.of(key))).containsExactly(bits);
    }
  }
}
