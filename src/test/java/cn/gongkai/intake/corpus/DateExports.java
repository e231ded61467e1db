package cn.gongkai.intake.corpus;

import static cn.gongkai.intake.corpus.CorpusCase.export;
import static cn.gongkai.intake.corpus.ExpectedFile.ingested;
import static cn.gongkai.intake.corpus.ExpectedRow.loaded;
import static cn.gongkai.intake.corpus.ExpectedRow.rejected;
import static cn.gongkai.intake.corpus.ExportBytes.utf8;
import static cn.gongkai.normalize.RejectionReason.IMPOSSIBLE_DATE;
import static cn.gongkai.normalize.RejectionReason.UNPARSEABLE_DATE;

import java.util.List;

/** Every date style SPEC section 3 accepts, every way a date can be impossible, and dates nobody can read. */
final class DateExports {

  private DateExports() {}

  static List<CorpusCase> cases() {
    return List.of(
        export("every accepted date style, with and without a time", "统计科.csv", utf8("""
                标题,发布日期
                统计科2018年12月民政统计月报,2018-01-19
                统计科2018年四季度民政统计季报,2018/1/19
                统计科2018年民政事业统计公报,2018.1.19
                统计科关于做好2018年统计年报工作的通知,2018年1月19日
                统计科2018年社会服务统计数据,20180119
                统计科2018年养老服务统计数据,2018-01-19 13:27:00
                统计科2018年儿童福利统计数据,2018/1/19 13:27
                统计科2018年社会救助统计数据,2018.1.19 9:05
                统计科2018年婚姻登记统计数据,2018年1月19日 13:27:00
                统计科2018年殡葬服务统计数据,20180119 13:27:00
                统计科2018年社会组织统计数据,2018-01-19T13:27:00.123
                统计科2018年区划地名统计数据,\s\s2018-01-19\s\s
                """),
            ingested("UTF-8", "统计科",
                loaded(2, "统计科2018年12月民政统计月报", "2018-01-19"),
                loaded(3, "统计科2018年四季度民政统计季报", "2018-01-19"),
                loaded(4, "统计科2018年民政事业统计公报", "2018-01-19"),
                loaded(5, "统计科关于做好2018年统计年报工作的通知", "2018-01-19"),
                loaded(6, "统计科2018年社会服务统计数据", "2018-01-19"),
                loaded(7, "统计科2018年养老服务统计数据", "2018-01-19"),
                loaded(8, "统计科2018年儿童福利统计数据", "2018-01-19"),
                loaded(9, "统计科2018年社会救助统计数据", "2018-01-19"),
                loaded(10, "统计科2018年婚姻登记统计数据", "2018-01-19"),
                loaded(11, "统计科2018年殡葬服务统计数据", "2018-01-19"),
                loaded(12, "统计科2018年社会组织统计数据", "2018-01-19"),
                loaded(13, "统计科2018年区划地名统计数据", "2018-01-19"))),

        export("full-width digits and punctuation in dates", "信访科.csv", utf8("""
                标题,发布日期
                信访科2019年一季度信访工作情况,２０１９－０３－０１
                信访科关于规范信访事项办理的通知,２０１９年３月１日
                信访科信访接待日安排,２０１９／３／１　１３：２７
                """),
            ingested("UTF-8", "信访科",
                loaded(2, "信访科2019年一季度信访工作情况", "2019-03-01"),
                loaded(3, "信访科关于规范信访事项办理的通知", "2019-03-01"),
                loaded(4, "信访科信访接待日安排", "2019-03-01"))),

        export("every impossible date in every style, and 29 February of a leap year", "审计科.csv", utf8("""
                标题,发布日期
                审计科审计报告之一,2019-02-30
                审计科审计报告之二,2019/13/01
                审计科审计报告之三,2019.4.31
                审计科审计报告之四,2019年2月29日
                审计科审计报告之五,20190230
                审计科审计报告之六,2019-01-02 25:00
                审计科审计报告之七,2019-01-02 12:60
                审计科审计报告之八,2019-01-02 12:30:61
                审计科审计报告之九,2019-00-10
                审计科审计报告之十,2019-01-00
                审计科2020年闰日内部审计工作安排,2020年2月29日
                """),
            ingested("UTF-8", "审计科",
                rejected(2, IMPOSSIBLE_DATE, "发布日期“2019-02-30”不存在（2019年2月只有28天）"),
                rejected(3, IMPOSSIBLE_DATE, "发布日期“2019/13/01”不存在（一年只有12个月）"),
                rejected(4, IMPOSSIBLE_DATE, "发布日期“2019.4.31”不存在（2019年4月只有30天）"),
                rejected(5, IMPOSSIBLE_DATE, "发布日期“2019年2月29日”不存在（2019年2月只有28天）"),
                rejected(6, IMPOSSIBLE_DATE, "发布日期“20190230”不存在（2019年2月只有28天）"),
                rejected(7, IMPOSSIBLE_DATE, "发布日期“2019-01-02 25:00”不存在（小时只能是0到23）"),
                rejected(8, IMPOSSIBLE_DATE, "发布日期“2019-01-02 12:60”不存在（分钟只能是0到59）"),
                rejected(9, IMPOSSIBLE_DATE, "发布日期“2019-01-02 12:30:61”不存在（秒只能是0到59）"),
                rejected(10, IMPOSSIBLE_DATE, "发布日期“2019-00-10”不存在（一年只有12个月）"),
                rejected(11, IMPOSSIBLE_DATE, "发布日期“2019-01-00”不存在（每月从1日开始）"),
                loaded(12, "审计科2020年闰日内部审计工作安排", "2020-02-29"))),

        export("dates in no accepted style are unreadable", "办公室督查科.csv", utf8("""
                标题,发布日期
                督查科督查通报之一,去年三月
                督查科督查通报之二,43466
                督查科督查通报之三,2019/01-02
                督查科督查通报之四,19-1-2
                督查科督查通报之五,2019年1月
                督查科督查通报之六,2019-1-2 下午3点
                督查科2019年重点工作督查方案,2019-05-20
                """),
            ingested("UTF-8", "办公室督查科",
                rejected(2, UNPARSEABLE_DATE, "发布日期“去年三月”无法识别，请写成2019-03-01"),
                rejected(3, UNPARSEABLE_DATE, "发布日期“43466”无法识别"),
                rejected(4, UNPARSEABLE_DATE, "发布日期“2019/01-02”无法识别"),
                rejected(5, UNPARSEABLE_DATE, "发布日期“19-1-2”无法识别"),
                rejected(6, UNPARSEABLE_DATE, "发布日期“2019年1月”无法识别"),
                rejected(7, UNPARSEABLE_DATE, "发布日期“2019-1-2 下午3点”无法识别"),
                loaded(8, "督查科2019年重点工作督查方案", "2019-05-20"))),

        export("the other dates are checked too: 生成日期 and 废止日期", "法制科.csv", utf8("""
                标题,发布日期,成文日期,废止日期
                法制科关于清理规范性文件的通知,2019-05-21,2019-02-30,
                法制科关于废止部分规范性文件的决定,2019-05-22,2019-05-20,明年
                法制科行政执法公示制度实施办法,2019-05-23,2019年5月20日,无
                """),
            ingested("UTF-8", "法制科",
                rejected(2, IMPOSSIBLE_DATE, "生成日期“2019-02-30”不存在（2019年2月只有28天）"),
                rejected(3, UNPARSEABLE_DATE, "废止日期“明年”无法识别"),
                loaded(4, "法制科行政执法公示制度实施办法", "2019-05-23").createdDate("2019-05-20"))));
  }
}
