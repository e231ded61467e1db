package cn.gongkai.intake;

import cn.gongkai.publication.PublicationField;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVException;

/**
 * What the clerk reads when a whole file is not read: what is wrong and what to send instead.
 * Kept together so the wording stays consistent.
 */
final class FileMessages {

  private FileMessages() {}

  static String hidden() {
    return "隐藏文件，不是报送的导出文件，未读取";
  }

  static String temporary() {
    return "临时文件（传送未完成，或编辑软件的锁定、备份文件），未读取；传送完成、改用正式文件名后，下次运行读取";
  }

  static String linkOutside(String target) {
    return "符号链接指向收件箱以外或不存在的位置（" + target + "），未读取：请把文件本身放入收件箱";
  }

  static String beingWritten(long listedSize, long sizeNow) {
    return "读取期间文件仍在变化（大小 " + listedSize + " → " + (sizeNow < 0 ? "已删除" : sizeNow + "")
        + " 字节），应是仍在写入，未读取；写完后下次运行读取";
  }

  static String notAnExport(String extension) {
    return "不是导出文件（" + (extension.isEmpty() ? "没有扩展名" : "." + extension) + "），未读取：只有 .csv 和 .tsv 文件会被导入";
  }

  static String empty() {
    return "文件是空的，没有任何内容：请重新导出后报送";
  }

  static String headerOnly() {
    return "文件只有表头，没有数据行：如本期确无公开信息可不报送，否则请重新导出";
  }

  static String spreadsheet() {
    return "这是Excel工作簿，不是CSV文件：请在Excel中“另存为”“CSV UTF-8（逗号分隔）”后重新报送";
  }

  static String binary() {
    return "这不是文本文件（含有二进制内容），无法按CSV读取：请导出为CSV后重新报送";
  }

  static String unknownEncoding(ByteProfile bytes) {
    return "文件中有" + bytes.malformed() + "处既不是UTF-8也不是GBK/GB18030的字节（第" + bytes.firstMalformedLine()
        + "行起），无法确定编码，为免导入乱码，整个文件未读取。请检查第" + bytes.firstMalformedLine()
        + "行的内容，用UTF-8或GBK编码重新导出；如确定文件的编码，可在数据源配置中用charset指定，此后只拒绝含损坏字节的行";
  }

  static String undecodableHeader(java.nio.charset.Charset charset, String source) {
    return "按" + charset.name() + "编码读取，表头含有无法识别的字节"
        + (source == null ? "" : "：数据源配置“" + source + "”指定的charset可能不对，请核对文件的实际编码")
        + "；或用UTF-8或GBK编码重新导出";
  }

  static String missingColumn(PublicationField field, List<String> header) {
    return "找不到" + field.label() + "列（表头为：" + String.join("、", header) + "）。" + field.label()
        + "列的表头应为" + String.join("、", field.defaultSynonyms()) + "之一，或在数据源配置的headers中指定";
  }

  static String notCsv(CSVException problem) {
    return "文件不是有效的CSV，表头就无法读取（" + problem.getMessage() + "）：请导出为CSV后重新报送";
  }

  static String unreadable(IOException problem) {
    return "文件无法读取（" + problem.getClass().getSimpleName() + ": " + problem.getMessage() + "）：请检查文件权限后重试";
  }
}
