package cn.gongkai.cli;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.settings.GongkaiProperties;
import java.io.IOException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

/** The year and organization whose figures a command counts: the options stats and report share. */
final class FiguresScope {

  @Option(names = "--year", required = true, paramLabel = "YYYY", description = "the statistics year (the year of 发布日期)")
  int year;

  @Option(names = "--org", paramLabel = "NAME",
      description = "the organization; default: gongkai.organization of config/application.yml; * for all")
  String organization;

  /** The figures of the year, for the organization given, else the configured one. */
  PublicationFigures figures(ConfigurableApplicationContext context) throws IOException {
    String org = organization != null ? organization : context.getBean(GongkaiProperties.class).organization();
    return context.getBean(FiguresQuery.class).figures(year, org);
  }

  /**
   * After the figures were printed or written: every failed cross-check of parts 三 and 四 on stderr,
   * naming its cells, and exit status 4, so a nightly script cannot miss figures that do not add up.
   */
  static int exitStatus(PublicationFigures figures, java.io.PrintWriter err) {
    java.util.List<String> failures = figures.failedCrossChecks();
    if (failures.isEmpty()) {
      return 0;
    }
    failures.forEach(failure -> err.println("gongkai: cross-check failed: " + failure));
    err.flush();
    return INCONSISTENT;
  }

  /** The exit status of figures whose cross-checks fail. */
  static final int INCONSISTENT = 4;

  /** How tables title the figures' organization: 全部机构 for all of them. */
  static String displayName(PublicationFigures figures) {
    return AnnualReport.organizationName(figures);
  }
}
