package cn.gongkai.intake.corpus;

import static cn.gongkai.intake.FileRejectionReason.BINARY_NOT_CSV;
import static cn.gongkai.intake.FileRejectionReason.UNKNOWN_ENCODING;
import static cn.gongkai.intake.corpus.CorpusCase.export;
import static cn.gongkai.intake.corpus.ExpectedFile.ingested;
import static cn.gongkai.intake.corpus.ExpectedFile.rejected;
import static cn.gongkai.intake.corpus.ExpectedRow.loaded;
import static cn.gongkai.intake.corpus.ExpectedRow.rejected;
import static cn.gongkai.intake.corpus.ExportBytes.concat;
import static cn.gongkai.intake.corpus.ExportBytes.encoded;
import static cn.gongkai.intake.corpus.ExportBytes.gb18030;
import static cn.gongkai.intake.corpus.ExportBytes.gbk;
import static cn.gongkai.intake.corpus.ExportBytes.octets;
import static cn.gongkai.intake.corpus.ExportBytes.utf16beWithBom;
import static cn.gongkai.intake.corpus.ExportBytes.utf16leWithBom;
import static cn.gongkai.intake.corpus.ExportBytes.utf8;
import static cn.gongkai.intake.corpus.ExportBytes.utf8WithBom;
import static cn.gongkai.intake.corpus.ExportBytes.windows1252;
import static cn.gongkai.normalize.RejectionReason.UNDECODABLE_BYTES;
import static cn.gongkai.publication.Channel.GOVERNMENT_GAZETTE;
import static cn.gongkai.publication.Channel.GOVERNMENT_WEBSITE;
import static java.nio.charset.StandardCharsets.UTF_16LE;

import java.util.List;

/** Exports in every encoding departments send: what is detected, and what is refused. */
final class EncodingExports {

  private EncodingExports() {}

  static List<CorpusCase> cases() {
    return List.of(
        export("UTF-8 without a byte-order mark", "政策法规科.csv", utf8("""
                标题,发布日期,文号
                政策法规科关于开展2019年普法宣传月活动的通知,2019-01-02,示民法〔2019〕1号
                """),
            ingested("UTF-8", "政策法规科",
                loaded(2, "政策法规科关于开展2019年普法宣传月活动的通知", "2019-01-02")
                    .docNo("示民法〔2019〕1号"))),

        export("UTF-8 with a byte-order mark: the header is still recognised", "社会救助科.csv",
            utf8WithBom("""
                标题,发布日期
                社会救助科2019年1月城乡低保资金发放情况,2019-01-03
                """),
            ingested("UTF-8", "社会救助科",
                loaded(2, "社会救助科2019年1月城乡低保资金发放情况", "2019-01-03"))),

        export("GBK, detected as GB18030 (its superset)", "养老服务科.csv", gbk("""
                信息名称,公开日期,公开渠道
                养老服务科关于开展养老机构等级评定的公告,2019年3月5日,政府网站、政府公报
                """),
            ingested("GB18030", "养老服务科",
                loaded(2, "养老服务科关于开展养老机构等级评定的公告", "2019-03-05")
                    .channels(GOVERNMENT_WEBSITE, GOVERNMENT_GAZETTE))),

        export("GB18030 with characters GBK lacks (𠀀 U+20000, 䶮 U+4DAE)", "婚姻登记处.csv",
            gb18030("""
                标题,发布日期
                婚姻登记处关于𠀀、䶮等生僻字姓名登记的说明,2019-03-06
                """),
            ingested("GB18030", "婚姻登记处",
                loaded(2, "婚姻登记处关于𠀀、䶮等生僻字姓名登记的说明", "2019-03-06"))),

        export("UTF-16LE with a byte-order mark, tab-separated .tsv (Excel's \"Unicode text\")",
            "区划地名科.tsv", utf16leWithBom("标题\t发布日期\t公开渠道\r\n"
                + "区划地名科关于第二次全国地名普查成果的公告\t2019/4/1\t政府网站\r\n"),
            ingested("UTF-16", "区划地名科",
                loaded(2, "区划地名科关于第二次全国地名普查成果的公告", "2019-04-01")
                    .channels(GOVERNMENT_WEBSITE))),

        export("UTF-16BE with a byte-order mark, comma-separated", "殡葬管理所.csv",
            utf16beWithBom("标题,发布日期\n殡葬管理所关于清明节祭扫服务安排的公告,2019-03-28\n"),
            ingested("UTF-16", "殡葬管理所",
                loaded(2, "殡葬管理所关于清明节祭扫服务安排的公告", "2019-03-28"))),

        export("UTF-8 with a byte-order mark and one invalid byte: only that row is rejected",
            "儿童福利科.csv",
            concat(utf8WithBom("标题,发布日期\n儿童福利科关于孤儿基本生活费标准的通知,2019-04-02\n儿童福利科"),
                octets(0xFF),
                utf8("困境儿童排查情况,2019-04-03\n儿童福利科关于开展儿童福利机构检查的通知,2019-04-04\n")),
            ingested("UTF-8", "儿童福利科",
                loaded(2, "儿童福利科关于孤儿基本生活费标准的通知", "2019-04-02"),
                rejected(3, UNDECODABLE_BYTES, "这一行第1列含有按文件编码无法识别的字节"),
                loaded(4, "儿童福利科关于开展儿童福利机构检查的通知", "2019-04-04"))),

        export("UTF-8 without a mark and with one invalid byte: the encoding is unknown",
            "慈善事业促进科.csv",
            concat(utf8("标题,发布日期\n慈善事业促进科2019年慈善募捐备案情况,2019-04-05\n慈善"),
                octets(0xFF),
                utf8("事业促进科中华慈善日宣传活动,2019-04-06\n")),
            rejected(UNKNOWN_ENCODING, "有1处既不是UTF-8也不是GBK/GB18030的字节（第3行起）")),

        export("GBK with one stray byte: a detected encoding is not trusted with bad bytes", "优抚科.csv",
            concat(gbk("标题,发布日期\n优抚科关于发放2019年优抚对象补助的通知,2019-04-07\n优抚科"),
                octets(0xFF),
                gbk("烈士纪念日活动安排,2019-04-08\n")),
            rejected(UNKNOWN_ENCODING, "有1处既不是UTF-8也不是GBK/GB18030的字节（第3行起）")),

        export("UTF-16LE without a byte-order mark: NUL bytes, so not text", "退役安置科.csv",
            encoded("标题,发布日期\r\n退役安置科关于做好退役士兵安置工作的通知,2019-04-09\r\n", UTF_16LE),
            rejected(BINARY_NOT_CSV, "这不是文本文件")),

        export("Windows-1252 (Café, é as E9): neither UTF-8 nor GB18030", "外事接待科.csv",
            windows1252("title,date\r\nCafé,2019-01-02\r\n"),
            rejected(UNKNOWN_ENCODING, "有1处既不是UTF-8也不是GBK/GB18030的字节（第2行起）")));
  }
}
