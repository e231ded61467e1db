package cn.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
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

  /**
   * The id is the first half of the SHA-256 of the key's UTF-8 bytes as String.getBytes encodes them,
   * whatever the key holds: ASCII, CJK, characters outside the basic plane, a lone surrogate.
   */
  @Test
  void hashesTheUtf8BytesStringGetBytesMakesOfEveryKind() throws Exception {
    Random random = new Random(3);
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    for (int k = 0; k < 5_000; k++) {
      StringBuilder key = new StringBuilder("K3:");
      for (int c = random.nextInt(120); c > 0; c--) {
        switch (random.nextInt(6)) {
          case 0 -> key.append((char) random.nextInt(0x80));
          case 1 -> key.append((char) (0x80 + random.nextInt(0x780)));
          case 2 -> key.append((char) (0x4E00 + random.nextInt(0x5000)));
          case 3 -> key.appendCodePoint(0x20000 + random.nextInt(0x2000));
          case 4 -> key.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate
          default -> key.append((char) (0xE000 + random.nextInt(0x2000)));
        }
      }
      byte[] digest = sha256.digest(key.toString().getBytes(StandardCharsets.UTF_8));

      assertThat(StableId.of(key.toString())).isEqualTo(HexFormat.of().formatHex(digest, 0, 16));
    }
    assertThat(StableId.of("x".repeat(10_000))).hasSize(32); // longer than the first buffer
  }
}
