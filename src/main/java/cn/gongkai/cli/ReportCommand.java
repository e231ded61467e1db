package cn.gongkai.cli;

import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.classify.ClassificationSettings;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    header = "Writes the tables of a year's annual report (政府信息公开工作年度报告).",
    description = "The appendix table (本年 and 历年累计: 主动公开文件数, 政府网站公开数, 政府公报公开数), the "
        + "categories of the taxonomy, the departments, and the part 二 tables of the national format "
        + "(国办公开办函〔2021〕30号: 规章 and 行政规范性文件; 行政许可, 行政处罚, 行政强制 and 行政事业性收费 left "
        + "for the office to fill), timeliness with every late publication listed by department, and as HTML one "
        + "self-contained page with charts. The same figures as stats.")
final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  FiguresScope scope;

  @Option(names = "--format", defaultValue = "md,csv,xlsx,html", split = ",", paramLabel = "md,csv,xlsx,html",
      description = "the formats to write (default all four): md, one document with every table; csv, one file "
          + "per table (UTF-8 with BOM, for Excel and WPS); xlsx, one workbook with a sheet per table; html, one "
          + "page with charts and every table that opens offline in any browser")
  List<String> formats;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write into (created if missing)")
  Path out;

  @Override
  public Integer call() throws Exception {
    Set<ReportFormat> chosen = formats();
    try (ConfigurableApplicationContext context = GongkaiContext.start()) {
      PublicationFigures figures = scope.figures(context);
      List<String> categories = context.getBean(ClassificationSettings.class).loadTaxonomy().categoryNames();
      for (Path file : ReportWriter.write(out, AnnualReport.of(figures, categories), chosen)) {
        spec.commandLine().getOut().println(file);
      }
      spec.commandLine().getOut().flush();
      return FiguresScope.exitStatus(figures, spec.commandLine().getErr());
    }
  }

  private Set<ReportFormat> formats() {
    Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
    for (String name : formats) {
      chosen.add(ReportFormat.named(name).orElseThrow(() -> new UserInputException("--format " + name
          + " is not a report format: give md, csv, xlsx, html or several (md,html)")));
    }
    return chosen;
  }
}
