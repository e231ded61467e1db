package cn.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcut gives what {@link Normalizer} gives, for every char it lets through and for mixed text. */
class NfkcTest {

  @Test
  void leavesEveryStableCharAsNormalizerDoes() {
    for (char c = 0; c < 0xFFFF; c++) {
      if (Nfkc.isStable(c)) {
        String alone = String.valueOf(c);
        assertThat(Normalizer.normalize(alone, Normalizer.Form.NFKC)).as("U+%04X", (int) c).isEqualTo(alone);
        assertThat(Normalizer.normalize(alone, Normalizer.Form.NFD)).as("U+%04X", (int) c).isEqualTo(alone);
        assertThat(isMark(c)).as("U+%04X", (int) c).isFalse();
      }
    }
  }

  @Test
  void mapsEveryFullWidthFormAndTheIdeographicSpaceAsNormalizerDoes() {
    for (char c = 0; c < 0xFFFF; c++) {
      if (Nfkc.isFullWidthAscii(c) || c == '\u3000') {
        String alone = String.valueOf(c);
        String normal = Normalizer.normalize(alone, Normalizer.Form.NFKC);
        assertThat(normal).as("U+%04X", (int) c).hasSize(1);
        assertThat(Nfkc.isStable(normal.charAt(0))).as("U+%04X", (int) c).isTrue();
        assertThat(Nfkc.normalize(alone)).as("U+%04X", (int) c).isEqualTo(normal);
      }
    }
  }

  @Test
  void noCharTheShortcutKeepsCanComposeWithTheOneBefore() {
    // NFKC composes only a char that is the second part of some canonical decomposition
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.isDefined(cp) && (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        int first = Character.charCount(decomposed.codePointAt(0));
        for (int i = first; i < decomposed.length(); i++) {
          assertThat(Nfkc.isStable(decomposed.charAt(i))).as("U+%04X decomposes with U+%04X", cp,
              (int) decomposed.charAt(i)).isFalse();
        }
      }
    }
  }

  @Test
  void givesWhatNormalizerGivesForMixedText() {
    String alphabet = "abcXYZ019 -/.,;:()[]\t\n关于印发年月日的通知政府网站〇、。《》〈〉「」【】〔〕“”‘’—–·"
        + "ＡＢＣａｂｃ０１９（）［］，；：／－～！\u3000\u00A0\u2002\u200B\uFEFF…①㈠㊀\uF900\uFA10﹝﹞﹙﹚"
        + "\u0301\u0338\u3099\u309Aｶﾞﾟか가\u1100\u1161\u11A8ﬁ²½™℃№Ⅻ⼀\u2F00é<>=ǅ";
    Random random = new Random(19);
    List<String> texts = new ArrayList<>(List.of("", "２０１９－０１－２０", "关于（试行）的通知", "\u3000标题\u3000",
        "示例市　民政局（本级）", "国发［２０１９］３号", "＜\u0338", "e\u0301", "ｶﾞ", "\uD840\uDC00", "《办法》解读"));
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
    }
    for (String text : texts) {
      assertThat(Nfkc.normalize(text)).as(text).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }
  }

  @Test
  void returnsTextAlreadyInNfkcItself() {
    String title = "关于印发《2019年社会救助工作要点》的通知";

    assertThat(Nfkc.normalize(title)).isSameAs(title);
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
