package cn.gongkai.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Damaged exports for fuzzing the intake: a valid export, in UTF-8 (a third of them with a
 * byte-order mark) or GBK, then mutated the ways
 * real files go wrong: cut short, quotes dropped in at random, bytes invalid in its encoding, a
 * giant line, lines joined or duplicated, random bytes, the header mangled.
 */
public final class CsvMutations {

  private static final Charset GBK = Charset.forName("GBK");
  private static final String[] TITLES = {"关于调整最低生活保障标准的通知", "2019年第一季度资金发放情况", "养老机构检查\"通报\"",
      "临时救助, 工作规程", "政策解读：社会救助", "年度报告\n（第二部分）"};

  private CsvMutations() {}

  /** One damaged export, the same bytes for the same seed. */
  public static byte[] damaged(long seed) {
    Random random = new Random(seed);
    int kind = random.nextInt(3);
    Charset charset = kind == 1 ? GBK : StandardCharsets.UTF_8;
    byte[] bytes = valid(random).getBytes(charset);
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      bytes = mutate(bytes, random);
    }
    if (kind == 2) { // a byte-order mark declares UTF-8: bytes it cannot decode reject their rows, not the file
      ByteArrayOutputStream marked = new ByteArrayOutputStream(bytes.length + 3);
      marked.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      marked.writeBytes(bytes);
      bytes = marked.toByteArray();
    }
    return bytes;
  }

  private static String valid(Random random) {
    StringBuilder csv = new StringBuilder("标题,发布日期,文号,信息类别,公开渠道,摘要\n");
    int rows = 1 + random.nextInt(40);
    for (int i = 0; i < rows; i++) {
      String title = TITLES[random.nextInt(TITLES.length)] + i;
      csv.append('"').append(title.replace("\"", "\"\"")).append('"').append(',')
          .append(2015 + random.nextInt(10)).append('-').append(String.format("%02d", 1 + random.nextInt(12)))
          .append('-').append(String.format("%02d", 1 + random.nextInt(28))).append(',')
          .append(random.nextBoolean() ? "示民发〔2019〕" + i + "号" : "").append(',')
          .append(random.nextBoolean() ? "政策文件" : "").append(',')
          .append(random.nextBoolean() ? "政府网站" : "\"政府网站,政府公报\"").append(',')
          .append(random.nextInt(5) == 0 ? "联系电话13812345678" : "").append('\n');
    }
    return csv.toString();
  }

  private static byte[] mutate(byte[] bytes, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    switch (random.nextInt(8)) {
      case 0 -> out.write(bytes, 0, at); // cut short, perhaps mid-character
      case 1 -> { // quotes dropped in
        out.write(bytes, 0, at);
        out.write('"');
        out.write(bytes, at, bytes.length - at);
      }
      case 2 -> { // bytes invalid in UTF-8 and in GBK
        out.write(bytes, 0, at);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x80, (byte) 0xC3}, 0, 1 + random.nextInt(4));
        out.write(bytes, at, bytes.length - at);
      }
      case 3 -> { // a giant line
        out.write(bytes, 0, bytes.length);
        out.writeBytes(("巨大的标题" + "很长".repeat(20_000 + random.nextInt(40_000)) + ",2019-01-01\n")
            .getBytes(StandardCharsets.UTF_8));
      }
      case 4 -> { // line breaks removed or doubled
        for (byte b : bytes) {
          if (b != '\n' || random.nextInt(3) == 0) {
            out.write(b);
          }
          if (b == '\n' && random.nextInt(4) == 0) {
            out.write('\n');
          }
        }
      }
      case 5 -> { // random bytes in place
        byte[] copy = bytes.clone();
        for (int i = 0; i < 1 + random.nextInt(20) && copy.length > 0; i++) {
          copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        out.writeBytes(copy);
      }
      case 6 -> { // the header mangled: a column renamed or dropped
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = Math.max(0, text.indexOf('\n'));
        out.writeBytes((random.nextBoolean() ? "名称,日期" : "").getBytes(StandardCharsets.UTF_8));
        out.write(bytes, end, bytes.length - end);
      }
      default -> { // carriage returns and tabs scattered
        for (byte b : bytes) {
          out.write(b);
          if (random.nextInt(50) == 0) {
            out.write(random.nextBoolean() ? '\r' : '\t');
          }
        }
      }
    }
    return out.toByteArray();
  }
}
