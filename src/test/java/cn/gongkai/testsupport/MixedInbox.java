package cn.gongkai.testsupport;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An inbox as three departments really send it, written in their real encodings:
 *
 * <ul>
 *   <li>{@code 福利科.csv}, GBK, headers 信息名称/公开日期/发文字号/主题分类/公开渠道, dates 2019年3月5日 and
 *       20190611: lines 2–3 load (2019-03, 2019-06), line 4 (2019年13月1日) is IMPOSSIBLE_DATE;
 *   <li>{@code 救助科.csv}, UTF-8 with a byte-order mark, headers 标题/发布时间/文号/信息类别/公开载体,
 *       dates 2019/4/1 13:20 and 2019.7.8: both rows load;
 *   <li>{@code 办公室.tsv}, UTF-8, tab-separated, headers 索引号/标题/发布日期/责任部门/公开渠道: three
 *       rows load (2019-02, 2018-12, 2019-09; the last for 社会事务科);
 *   <li>{@code 福利科（重发）.csv}, the same bytes as 福利科.csv under another name: skipped.
 * </ul>
 *
 * <p>2019: 6 publications, 7 cumulative; by department 福利科 2, 救助科 2, 办公室 1, 社会事务科 1; by
 * channel 政府网站 5, 政府公报 2, 政务新媒体 1, 公开栏 1; by category 社会救助 2, 政策文件 1, 工作动态 1,
 * 财政预决算 1, 行政执法公示 1 (the last two by the default taxonomy's rules); one publication in each of the months 02, 03, 04, 06, 07, 09.
 */
public final class MixedInbox {

  public static final String WELFARE = "福利科.csv";
  public static final String WELFARE_AGAIN = "福利科（重发）.csv";
  public static final String RELIEF = "救助科.csv";
  public static final String OFFICE = "办公室.tsv";

  private static final String WELFARE_ROWS = """
      信息名称,公开日期,发文字号,主题分类,公开渠道
      关于调整2019年城乡居民最低生活保障标准的通知,2019年3月5日,示民发〔2019〕3号,社会救助,政府网站、政府公报
      2019年第一季度特困供养资金发放情况,20190611,,社会救助,公开栏
      福利科召开养老机构安全检查部署会,2019年13月1日,,工作动态,政府网站
      """;

  private static final String RELIEF_ROWS = """
      标题,发布时间,文号,信息类别,公开载体
      临时救助工作规程（试行）,2019/4/1 13:20,示民规〔2019〕1号,政策文件,"政府网站,微信公众号"
      2019年春节慰问困难群众活动,2019.7.8,,工作动态,政府网站
      """;

  private static final String OFFICE_ROWS = """
      索引号\t标题\t发布日期\t责任部门\t公开渠道
      GK-2019-0001\t示例市民政局2019年部门预算\t2019-02-01\t办公室\t政府网站
      GK-2018-0099\t示例市民政局2018年工作总结\t2018-12-30\t办公室\t政府网站
      GK-2019-0002\t关于2019年第二批社会组织年检结果的公告\t2019-09-30 09:00\t社会事务科\t政府网站、政府公报
      """;

  private MixedInbox() {}

  /** Writes the four files into {@code inbox} (created if needed) and returns it. */
  public static Path writeTo(Path inbox) throws IOException {
    Files.createDirectories(inbox);
    byte[] welfare = WELFARE_ROWS.getBytes(Charset.forName("GBK"));
    Files.write(inbox.resolve(WELFARE), welfare);
    Files.write(inbox.resolve(WELFARE_AGAIN), welfare);
    Files.write(inbox.resolve(RELIEF), withBom(RELIEF_ROWS));
    Files.writeString(inbox.resolve(OFFICE), OFFICE_ROWS, StandardCharsets.UTF_8);
    return inbox;
  }

  /** The relief office's file again, as a later delivery under another name would bring it. */
  public static Path redeliverRelief(Path inbox, String newName) throws IOException {
    Files.createDirectories(inbox);
    return Files.write(inbox.resolve(newName), withBom(RELIEF_ROWS));
  }

  private static byte[] withBom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    return bytes;
  }
}
