package cn.gongkai.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Damaged exports for fuzzing the intake: a valid export, in UTF-8 (a third of them with a
 * byte-order mark) or GBK, then mutated the ways
 * real files go wrong: cut short, quotes dropped in at random, bytes invalid in its encoding, a
 * giant line, lines joined or duplicated, random bytes, the header mangled. Its rows carry personal
 * numbers in titles, summaries and 文号, written every way {@link #PLANTED} lists.
 */
public final class CsvMutations {

  private static final Charset GBK = Charset.forName("GBK");
  private static final String[] TITLES = {"关于调整最低生活保障标准的通知", "2019年第一季度资金发放情况", "养老机构检查\"通报\"",
      "临时救助, 工作规程", "政策解读：社会救助", "年度报告\n（第二部分）"};

  /**
   * The personal numbers planted, as clerks type them: ASCII, full-width digits, ideographic spaces
   * (U+3000), full-width hyphens, em and en dashes, middle dots, mixed widths, an identity number in
   * full width. Each is one of {@link #NUMBERS}.
   */
  public static final List<String> PLANTED = List.of("13812345678", "１３８１２３４５６７８", "138\u30001234\u30005678",
      "139－0123－4567", "３２０１０２１９８００１０１１２３８", "138—1234—5678", "138–1234–5678", "138·1234·5678",
      "１3８\u30001２34－5６78");

  /** The planted numbers' digits: no output may hold them in any width, with or without separators. */
  public static final List<String> NUMBERS = List.of("13812345678", "13901234567", "320102198001011238");

  private CsvMutations() {}

  /**
   * A damaged export and what the fuzzer knows of it.
   *
   * @param rows how many data rows a reader must find in it, when its mutations leave that knowable
   *     (bytes dropped in after the header, a giant line appended after a line break, the header
   *     replaced); {@code null} when they do not
   * @param planted how many personal numbers its rows were written with, before any mutation
   */
  public record Damaged(byte[] bytes, Integer rows, int planted) {}

  /** One damaged export, the same bytes for the same seed. */
  public static Damaged damaged(long seed) {
    Random random = new Random(seed);
    int kind = random.nextInt(3);
    Charset charset = kind == 1 ? GBK : StandardCharsets.UTF_8;
    int[] planted = new int[1];
    int[] rows = new int[1];
    byte[] bytes = valid(random, rows, planted).getBytes(charset);
    Integer knownRows = rows[0];
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      int mutation = random.nextInt(8);
      int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
      knownRows = knownRows == null ? null : rowsAfter(mutation, bytes, knownRows, at);
      bytes = mutate(mutation, bytes, at, random);
    }
    if (kind == 2) { // a byte-order mark declares UTF-8: bytes it cannot decode reject their rows, not the file
      ByteArrayOutputStream marked = new ByteArrayOutputStream(bytes.length + 3);
      marked.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      marked.writeBytes(bytes);
      bytes = marked.toByteArray();
    }
    return new Damaged(bytes, knownRows, planted[0]);
  }

  /**
   * The data rows after {@code mutation} at {@code at}, or {@code null} when it makes them unknowable.
   */
  private static Integer rowsAfter(int mutation, byte[] bytes, int rows, int at) {
    int headerEnd = indexOf(bytes, (byte) '\n');
    return switch (mutation) {
      // invalid bytes hold no line break, quote or comma, and GBK never pairs one with them
      case 2 -> headerEnd >= 0 && at > headerEnd ? rows : null;
      case 3 -> bytes.length > 0 && bytes[bytes.length - 1] == '\n' ? rows + 1 : null;
      case 6 -> headerEnd >= 0 ? rows : null; // only the header line changes
      default -> null;
    };
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static String planted(Random random, int[] planted) {
    planted[0]++;
    return PLANTED.get(random.nextInt(PLANTED.size()));
  }

  private static String valid(Random random, int[] written, int[] planted) {
    StringBuilder csv = new StringBuilder("标题,发布日期,文号,信息类别,公开渠道,摘要\n");
    int rows = 1 + random.nextInt(40);
    written[0] = rows;
    for (int i = 0; i < rows; i++) {
      String title = random.nextInt(8) == 0 ? "关于张三（联系电话" + planted(random, planted) + "）困难救助的公示" + i
          : TITLES[random.nextInt(TITLES.length)] + i;
      csv.append('"').append(title.replace("\"", "\"\"")).append('"').append(',')
          .append(2015 + random.nextInt(10)).append('-').append(String.format("%02d", 1 + random.nextInt(12)))
          .append('-').append(String.format("%02d", 1 + random.nextInt(28))).append(',')
          .append(random.nextBoolean() ? "示民发〔2019〕" + (random.nextInt(10) == 0 ? planted(random, planted) : i) + "号" : "")
          .append(',')
          .append(random.nextBoolean() ? "政策文件" : "").append(',')
          .append(random.nextBoolean() ? "政府网站" : "\"政府网站,政府公报\"").append(',')
          .append(random.nextInt(5) == 0 ? "联系电话" + planted(random, planted) : "").append('\n');
    }
    return csv.toString();
  }

  private static byte[] mutate(int mutation, byte[] bytes, int at, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
    switch (mutation) {
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
