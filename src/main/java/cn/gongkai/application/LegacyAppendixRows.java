package cn.gongkai.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The application rows of the appendix table the reports before 2019 carried (seed 004's kind):
 * applications received by channel, replies by result, reviews and lawsuits. Its channels are
 * three: 当面, 网络 (with 电子邮件, the other electronic channel), and 信函、传真; 其他 is in the total
 * only.
 */
public record LegacyAppendixRows(long received, long inPerson, long online, long letterOrFax, long replies,
    long disclosed, long partlyDisclosed, long withheld, long reviews, long lawsuits) {

  public static LegacyAppendixRows of(int year, Collection<Application> applications, Collection<ReviewCase> cases) {
    long received = 0;
    long inPerson = 0;
    long online = 0;
    long letterOrFax = 0;
    long replies = 0;
    long disclosed = 0;
    long partly = 0;
    long withheld = 0;
    for (Application application : applications) {
      if (application.receivedDate().getYear() == year) {
        received++;
        switch (application.channel()) {
          case IN_PERSON -> inPerson++;
          case ONLINE, EMAIL -> online++;
          case LETTER, FAX -> letterOrFax++;
          case OTHER -> { }
        }
      }
      if (application.replyDate() != null && application.replyDate().getYear() == year) {
        replies++;
        switch (application.result().group()) {
          case "予以公开" -> disclosed++;
          case "部分公开" -> partly++;
          case "不予公开" -> withheld++;
          default -> { }
        }
      }
    }
    long reviews = cases.stream().filter(c -> c.filedDate().getYear() == year && c.kind() == ReviewCase.Kind.REVIEW).count();
    long lawsuits = cases.stream().filter(c -> c.filedDate().getYear() == year && c.kind() != ReviewCase.Kind.REVIEW).count();
    return new LegacyAppendixRows(received, inPerson, online, letterOrFax, replies, disclosed, partly, withheld,
        reviews, lawsuits);
  }

  /** The rows as the appendix names them, in its order. */
  public Map<String, Long> rows() {
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put("受理申请总数", received);
    rows.put("当面申请数", inPerson);
    rows.put("网络申请数", online);
    rows.put("信函、传真申请数", letterOrFax);
    rows.put("答复总数", replies);
    rows.put("同意公开答复数", disclosed);
    rows.put("同意部分公开答复数", partlyDisclosed);
    rows.put("不予公开答复数", withheld);
    rows.put("行政复议数", reviews);
    rows.put("行政诉讼数", lawsuits);
    return rows;
  }
}
