package cn.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPrefixTest {

  /** 𠀀 (U+20000, CJK Extension B) is two UTF-16 units. */
  private static final String RARE = "𠀀";

  @Test
  void cutsBeforeARareCharacterRatherThanThroughIt() {
    String text = "张".repeat(9) + RARE + "明";

    assertThat(TextPrefix.of(text, 10)).isEqualTo("张".repeat(9));
    assertThat(TextPrefix.of(text, 11)).isEqualTo("张".repeat(9) + RARE);
  }

  @Test
  void leavesAShortTextWhole() {
    assertThat(TextPrefix.of("王" + RARE, 3)).isEqualTo("王" + RARE);
    assertThat(TextPrefix.of("", 0)).isEmpty();
  }
}
