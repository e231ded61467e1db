package cn.gongkai.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Counting digits first skips only text the full scan finds nothing in. */
class PersonalDataShortcutTest {

  private static final String ALPHABET = "0123456789０１２３４５６７８９٣۵१ -－—·　\u00A0+8613Xx年月日号电话关于，。（）";

  @Test
  void skipsOnlyTextInWhichTheScanFindsNothing() {
    Random random = new Random(11);
    for (int n = 0; n < 300_000; n++) {
      String text = randomText(random, 1 + random.nextInt(30));
      PersonalData.Masked scanned = PersonalData.scan(text);
      PersonalData.Masked masked = PersonalData.mask(text);
      assertThat(masked.text()).as(text).isEqualTo(scanned.text());
      assertThat(masked.found()).as(text).isEqualTo(scanned.found());
      if (!PersonalData.mayHoldOne(text)) {
        assertThat(scanned.total()).as(text).isZero();
      }
    }
  }

  @Test
  void countsDigitsOfEveryWidthTowardsACandidate() {
    List<String> numbers = new ArrayList<>(List.of("13812345678", "１３８１２３４５６７８", "138　1234　5678", "139－0123－4567",
        "+86 13812345678", "6222 0202 0000 0000 004", "11010519491231002X"));
    for (String number : numbers) {
      String text = "联系电话" + number + "。";
      assertThat(PersonalData.mayHoldOne(text)).as(text).isTrue();
      assertThat(PersonalData.mask(text).text()).as(text).isEqualTo(PersonalData.scan(text).text());
    }
    assertThat(PersonalData.mayHoldOne("2019年1月2日第123号")).isFalse();
    assertThat(PersonalData.mayHoldOne(null)).isFalse();
    assertThat(PersonalData.mayHoldOne("")).isFalse();
  }

  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      // mostly digits, so that runs of 10 to 13 digits, the edge of the shortcut, are common
      text.append(random.nextInt(3) > 0 ? (char) ('0' + random.nextInt(10)) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
