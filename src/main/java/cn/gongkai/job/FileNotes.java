package cn.gongkai.job;

import cn.gongkai.load.IngestedFile;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** What the run summary says about a file that was skipped, set aside when its turn came, or read without a source definition. */
final class FileNotes {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private FileNotes() {}

  static String sameAsInThisRun(String twin) {
    return "内容与本次报送的“" + twin + "”完全相同，只导入一次";
  }

  static String alreadyIngested(IngestedFile earlier) {
    return "内容与" + DAY.format(Instant.parse(earlier.ingestedAt())) + "已导入的“" + earlier.file() + "”完全相同（第"
        + earlier.run() + "次运行），不再重复导入";
  }

  /** A file rewritten after the run's inbox scan, found when its rows were about to be read. */
  static String changedAfterScan(InboxFileCheck.Change change) {
    return "本次运行检查之后文件又被改写（大小 " + change.scannedSize() + " → "
        + (change.gone() ? "已删除" : change.sizeNow() + " 字节") + "），应是仍在写入或被重新保存，未读取；内容稳定后下次运行读取";
  }

  static String noSource(String department) {
    return "未匹配任何数据源配置：按默认表头读取，责任部门取自文件名“" + department + "”";
  }

  static String register(cn.gongkai.application.RegisterKind kind) {
    return kind == cn.gongkai.application.RegisterKind.APPLICATIONS
        ? "按表头识别为依申请公开登记表：计入年度报告第三部分"
        : "按表头识别为行政复议、行政诉讼登记表：计入年度报告第四部分";
  }
}
