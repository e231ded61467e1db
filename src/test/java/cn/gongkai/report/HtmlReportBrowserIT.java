package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.classify.ClassificationSettings;
import cn.gongkai.job.IngestRunner;
import cn.gongkai.sample.SampleExportGenerator;
import cn.gongkai.sample.SampleSpec;
import cn.gongkai.testsupport.HeadlessChromium;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The HTML report opened in a real browser (Debian's Chromium, headless): what a person sees is the
 * year's figures. The demo's exports (five departments, 2019-2024) are ingested and the page of
 * 2024 written; the test then reads the drawn charts, not the data behind them: each count must be
 * drawn on the bar of its channel, month or department, each year on the axis, each category that
 * has publications in the legend; and the page must have fetched nothing.
 */
class HtmlReportBrowserIT extends PipelineIntegrationTest {

  private static final int PIXELS = 8; // how far a bar's label may sit from the centre of its axis label
  private static ChromeDriver browser;

  @Autowired
  IngestRunner ingestRunner;

  @Autowired
  FiguresQuery figuresQuery;

  @Autowired
  ClassificationSettings classification;

  @TempDir
  Path work;

  @BeforeAll
  static void openTheBrowser() throws Exception {
    browser = HeadlessChromium.start();
  }

  @AfterAll
  static void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void showsTheYearsFiguresInItsChartsAndTables() throws Exception {
    SampleSpec demo = SampleSpec.demo();
    assertThat(ingestRunner.run(new SampleExportGenerator(demo).writeTo(work.resolve("inbox")).get(0).getParent())
        .completed()).isTrue();
    PublicationFigures figures = figuresQuery.figures(demo.lastYear(), FiguresQuery.ALL_ORGANIZATIONS);
    PublicationFigures.Publications p = figures.publications();
    List<String> categories = classification.loadTaxonomy().categoryNames();
    Path page = ReportWriter.write(work.resolve("report"), AnnualReport.of("全部机构2024年政府信息公开工作年度报告 统计表",
        figures, categories), EnumSet.of(ReportFormat.HTML)).get(0);

    browser.get(page.toUri().toString());
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
        "drawn".equals(driver.findElement(By.tagName("html")).getDomAttribute("data-charts")));

    assertThat(browser.getTitle()).isEqualTo("全部机构2024年政府信息公开工作年度报告 统计表");
    assertThat(browser.executeScript("return performance.getEntriesByType('resource').length"))
        .as("resources the page fetched").isEqualTo(0L);
    assertThat(tile("tile-total")).isEqualTo(String.valueOf(p.total()));
    assertThat(tile("tile-cumulative")).isEqualTo(String.valueOf(p.cumulative()));
    assertThat(tile("tile-late")).isEqualTo(String.valueOf(figures.timeliness().late()));

    List<String> yearChart = texts("chart-years");
    assertThat(yearChart).containsAll(IntStream.rangeClosed(demo.firstYear(), demo.lastYear()).mapToObj(String::valueOf)
        .toList());
    List<String> categoriesSeen = p.cumulativeByCategory().keySet().stream().toList();
    assertThat(yearChart).containsAll(categoriesSeen);
    assertThat(categories).filteredOn(category -> !p.cumulativeByCategory().containsKey(category))
        .allSatisfy(category -> assertThat(yearChart).doesNotContain(category));

    assertEachCountDrawnOnItsBar("chart-channels", p.byChannel(), false);
    Map<String, Long> months = new LinkedHashMap<>();
    p.byMonth().forEach((month, count) -> months.put(Integer.parseInt(month) + "月", count));
    assertEachCountDrawnOnItsBar("chart-months", months, false);
    assertThat(axisLabelPositions("chart-months", months.keySet(), false)).as("1月 to 12月, left to right").isSorted();
    assertEachCountDrawnOnItsBar("chart-departments", p.byDepartment(), true);
    List<String> mostFirst = p.byDepartment().entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    assertThat(axisLabelPositions("chart-departments", mostFirst, true)).as("the most first, top down").isSorted();

    List<WebElement> appendix = browser.findElements(By.cssSelector("#table-appendix + table tbody tr"));
    assertThat(appendix.get(0).getText()).isEqualTo("主动公开文件数 条 " + p.total() + " " + p.cumulative());
    assertThat(browser.findElements(By.cssSelector("#table-late + table tbody tr")))
        .hasSize((int) figures.timeliness().late());
  }

  private static String tile(String id) {
    return browser.findElement(By.cssSelector("#" + id + " .value")).getText();
  }

  private static List<String> texts(String chart) {
    return browser.findElements(By.cssSelector("#" + chart + " svg text")).stream()
        .map(text -> text.getDomProperty("textContent")).toList();
  }

  /**
   * Every key's label is drawn on the chart's category axis, and its count beside it: in the same
   * row for horizontal bars, the same column for vertical ones.
   */
  private static void assertEachCountDrawnOnItsBar(String chart, Map<String, Long> counts, boolean horizontal) {
    List<WebElement> texts = browser.findElements(By.cssSelector("#" + chart + " svg text"));
    counts.forEach((key, count) -> {
      Rectangle axisLabel = texts.stream().filter(text -> key.equals(text.getDomProperty("textContent")))
          .findFirst().orElseThrow(() -> new AssertionError(chart + " does not show " + key)).getRect();
      assertThat(texts).as("%s: %s drawn beside %s", chart, count, key).anySatisfy(text -> {
        assertThat(text.getDomProperty("textContent")).isEqualTo(String.valueOf(count));
        Rectangle label = text.getRect();
        if (horizontal) {
          assertThat(centre(label.getY(), label.getHeight())).isCloseTo(centre(axisLabel.getY(), axisLabel.getHeight()),
              org.assertj.core.data.Offset.offset((double) PIXELS));
        } else {
          assertThat(centre(label.getX(), label.getWidth())).isCloseTo(centre(axisLabel.getX(), axisLabel.getWidth()),
              org.assertj.core.data.Offset.offset((double) PIXELS));
        }
      });
    });
  }

  /** Where the chart draws each of {@code labels} along its category axis: x, or y for horizontal bars. */
  private static List<Double> axisLabelPositions(String chart, java.util.Collection<String> labels, boolean horizontal) {
    List<WebElement> texts = browser.findElements(By.cssSelector("#" + chart + " svg text"));
    return labels.stream().map(label -> texts.stream().filter(text -> label.equals(text.getDomProperty("textContent")))
        .findFirst().map(WebElement::getRect)
        .map(rect -> horizontal ? centre(rect.getY(), rect.getHeight()) : centre(rect.getX(), rect.getWidth()))
        .orElseThrow(() -> new AssertionError(chart + " does not show " + label))).toList();
  }

  private static double centre(int start, int length) {
    return start + length / 2.0;
  }
}
