package cn.gongkai.serve;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.classify.ClassificationSettings;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportWriter;
import cn.gongkai.settings.GongkaiProperties;
import java.time.Instant;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The page {@code serve} shows at {@code /}: the HTML annual report of the latest year with
 * publications, the same page {@code report --format html} writes, drawn again after every run. A
 * refresh that fails (Elasticsearch away) keeps the last page, so a morning reader sees the last
 * good figures rather than an error.
 */
@Component
@ConditionalOnWebApplication
public class DashboardPage {

  private static final Logger log = LoggerFactory.getLogger(DashboardPage.class);

  private final FiguresQuery figures;
  private final ClassificationSettings classification;
  private final String organization;
  private volatile String html = notice("No figures yet: they appear here after the first run.");
  private volatile Instant refreshedAt;

  DashboardPage(FiguresQuery figures, ClassificationSettings classification, GongkaiProperties properties) {
    this.figures = figures;
    this.classification = classification;
    this.organization = properties.organization();
  }

  public String html() {
    return html;
  }

  /** When the page was last drawn from the index; null before the first time. */
  public Instant refreshedAt() {
    return refreshedAt;
  }

  /** Draws the page again from the figures in the index now. */
  public void refresh() {
    try {
      OptionalInt year = figures.latestYear(organization);
      html = year.isEmpty() ? notice("No publications of " + organization + " are loaded yet.")
          : ReportWriter.html(AnnualReport.of(figures.figures(year.getAsInt(), organization),
              classification.loadTaxonomy().categoryNames()));
      refreshedAt = Instant.now();
    } catch (Exception e) {
      log.warn("could not draw the dashboard page again ({}); it keeps the figures of {}", e.getMessage(),
          refreshedAt == null ? "no run yet" : refreshedAt);
    }
  }

  private static String notice(String text) {
    return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>Gongkai</title></head><body><p>"
        + HtmlUtils.htmlEscape(text) + "</p></body></html>";
  }
}
