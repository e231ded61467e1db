package cn.gongkai.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rejected row is shown shortened, and the shortened text must still be text a JSON writer takes. */
class RawTextTest {

  @Test
  void neverEndsARejectedRowsTextWithHalfOfARareCharacter() {
    // a name with a character of CJK Extension B (two UTF-16 units) straddling the cut
    String raw = "x".repeat(RawText.MAX_CHARS - 1) + "𠀀" + "y".repeat(10);

    String shown = RawText.shortened(raw);

    // a lone surrogate is a code point of its own in the surrogate range
    assertThat(shown.codePoints().filter(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE).count()).isZero();
    assertThat(shown).startsWith("x".repeat(RawText.MAX_CHARS - 1) + "…");
  }

  @Test
  void keepsAShortRowWhole() {
    assertThat(RawText.shortened("甲,乙,𠀀")).isEqualTo("甲,乙,𠀀");
  }
}
