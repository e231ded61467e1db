package cn.gongkai.intake.corpus;

import static cn.gongkai.intake.FileRejectionReason.BINARY_NOT_CSV;
import static cn.gongkai.intake.FileRejectionReason.EMPTY_FILE;
import static cn.gongkai.intake.FileRejectionReason.HEADER_ONLY;
import static cn.gongkai.intake.FileRejectionReason.NO_PUBLISHED_DATE_COLUMN;
import static cn.gongkai.intake.FileRejectionReason.NO_TITLE_COLUMN;
import static cn.gongkai.intake.FileRejectionReason.SPREADSHEET_NOT_CSV;
import static cn.gongkai.intake.corpus.CorpusCase.export;
import static cn.gongkai.intake.corpus.ExpectedFile.ignored;
import static cn.gongkai.intake.corpus.ExpectedFile.rejected;
import static cn.gongkai.intake.corpus.ExportBytes.concat;
import static cn.gongkai.intake.corpus.ExportBytes.octets;
import static cn.gongkai.intake.corpus.ExportBytes.repeated;
import static cn.gongkai.intake.corpus.ExportBytes.utf8;
import static cn.gongkai.intake.corpus.ExportBytes.utf8WithBom;
import static cn.gongkai.intake.corpus.ExportBytes.workbook;

import java.util.List;

/** Files that cannot be read as a whole, or are no export at all: one message each, no row. */
final class WholeFileExports {

  private WholeFileExports() {}

  static List<CorpusCase> cases() {
    return List.of(
        export("an empty file (0 bytes)", "人口普查办.csv", octets(),
            rejected(EMPTY_FILE, "文件是空的，没有任何内容")),

        export("only a byte-order mark and blank lines", "地名普查办.csv", utf8WithBom("\r\n\r\n  \r\n"),
            rejected(EMPTY_FILE, "文件是空的")),

        export("only a header", "老年协会办.csv", utf8("标题,发布日期,文号\r\n"),
            rejected(HEADER_ONLY, "文件只有表头，没有数据行")),

        export("a header followed by blank lines only", "福利院.csv", utf8("标题,发布日期\n\n\n"),
            rejected(HEADER_ONLY, "文件只有表头")),

        export("only unknown headers", "敬老院.csv", utf8("""
                序号,事项,日期
                1,敬老院重阳节慰问活动,2019-10-07
                """),
            rejected(NO_TITLE_COLUMN, "找不到标题列（表头为：序号、事项、日期）。标题列的表头应为标题、信息名称")),

        export("a 标题 column but no 发布日期 column", "流浪乞讨救助站.csv", utf8("""
                标题,文号,更新时间
                救助站关于开展冬季救助的通知,示救站〔2019〕3号,2019-11-01
                """),
            rejected(NO_PUBLISHED_DATE_COLUMN, "找不到发布日期列（表头为：标题、文号、更新时间）")),

        export("a binary file (a PNG screenshot saved as .csv)", "残疾人福利科.csv",
            octets(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
                0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4),
            rejected(BINARY_NOT_CSV, "这不是文本文件（含有二进制内容）")),

        export("text padded with NUL bytes", "未成年人保护科.csv",
            concat(utf8("标题,发布日期\n未成年人保护科关于加强留守儿童关爱保护的通知,2019-07-01\n"), repeated(0, 64)),
            rejected(BINARY_NOT_CSV, "含有二进制内容")),

        export("an .xlsx workbook", "军休所.xlsx",
            workbook("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            rejected(SPREADSHEET_NOT_CSV, "这是Excel工作簿，不是CSV文件：请在Excel中“另存为”")),

        export("an .xlsx workbook renamed to .csv", "光荣院.csv",
            workbook("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<!--光荣院--></Types>"),
            rejected(SPREADSHEET_NOT_CSV, "这是Excel工作簿")),

        export("an old .xls workbook (OLE2)", "婚姻家庭辅导中心.xls",
            concat(octets(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), repeated(0, 504)),
            rejected(SPREADSHEET_NOT_CSV, "这是Excel工作簿")),

        export("a .txt note is no export", "报送说明.txt", utf8("本月无新增公开信息，特此说明。\n"),
            ignored("不是导出文件（.txt），未读取")),

        export("a file without an extension is no export", "README", utf8("标题,发布日期\n说明文件,2019-07-02\n"),
            ignored("不是导出文件（没有扩展名），未读取")));
  }
}
