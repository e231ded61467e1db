package cn.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import cn.gongkai.classify.BasisTally;
import cn.gongkai.classify.CategoryScore;
import cn.gongkai.classify.CrossValidation;
import cn.gongkai.classify.EvaluationReport;
import cn.gongkai.classify.LabelledTitle;
import cn.gongkai.classify.ModelSettings;
import cn.gongkai.classify.PublicationText;
import cn.gongkai.classify.Taxonomy;
import cn.gongkai.classify.TaxonomyFile;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * classify-eval on the labelled titles of the issue: the shipped taxonomy and model settings,
 * cross-validated in 5 folds from seed 1, must classify at least 9 titles in 10 right.
 */
class ClassifyEvalTest {

  private static final Path LABELS = Path.of("src/test/resources/classify");
  private static final Path LABELLED = LABELS.resolve("labelled-titles.csv");
  private static final ModelSettings SETTINGS = new ModelSettings(0.6, 0.1);

  private static Taxonomy taxonomy;

  @TempDir
  Path exports;

  @BeforeAll
  static void loadTheShippedTaxonomy() {
    taxonomy = TaxonomyFile.load(Path.of("config/taxonomy.yml"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"labelled-titles.csv", "holdout-titles.csv"})
  void classifiesAtLeastNineTitlesInTenRight(String file) throws IOException {
    EvaluationReport report = evaluate(LABELS.resolve(file));

    assertThat(report.accuracy()).isGreaterThanOrEqualTo(0.9);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"labelled-titles.csv", "holdout-titles.csv"})
  void reportsAMacroF1ThatIsAProbability(String file) throws IOException {
    EvaluationReport report = evaluate(LABELS.resolve(file));

    assertThat(report.macroF1()).isGreaterThan(0).isLessThanOrEqualTo(1);
    assertThat(report.macroF1()).isCloseTo(report.scores().stream().mapToDouble(CategoryScore::f1).average()
        .orElseThrow(), offset(1e-12));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"labelled-titles.csv", "holdout-titles.csv"})
  void countsEveryTitleOnceInTheConfusionMatrix(String file) throws IOException {
    Path path = LABELS.resolve(file);
    EvaluationReport report = evaluate(path);

    int cells = report.categories().stream()
        .mapToInt(truth -> report.categories().stream().mapToInt(predicted -> report.count(truth, predicted)).sum())
        .sum();

    assertThat(cells).isEqualTo(dataRows(path)).isEqualTo(report.titles());
    assertThat(report.skipped()).isEmpty();
  }

  @Test
  void givesTheSameReportForTheSameSeed() throws IOException {
    EvaluationReport first = evaluate(LABELLED);
    EvaluationReport second = evaluate(LABELLED);

    assertThat(second).isEqualTo(first);
    assertThat(second.misclassified()).isEqualTo(first.misclassified());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"labelled-titles.csv", "holdout-titles.csv"})
  void givesEachCategoryTheSupportOfItsLabelsInTheFile(String file) throws IOException {
    Path path = LABELS.resolve(file);
    Map<String, Integer> labels = lastColumnCounts(path);

    EvaluationReport report = evaluate(path);

    assertThat(report.scores()).hasSize(taxonomy.categoryNames().size()).allSatisfy(score ->
        assertThat(score.support()).as(score.category()).isEqualTo(labels.getOrDefault(score.category(), 0)));
    assertThat(labels.keySet()).allSatisfy(label -> assertThat(taxonomy.isCategory(label)).as(label).isTrue());
  }

  @Test
  void accountsForEveryDecisionByTheStageThatMadeIt() throws IOException {
    EvaluationReport report = evaluate(LABELLED);

    assertThat(report.byStage().keySet()).isSubsetOf("rule", "model", "default").contains("rule", "model");
    assertThat(report.byStage().values().stream().mapToInt(BasisTally::decided).sum()).isEqualTo(report.titles());
    assertThat(report.byStage().values().stream().mapToInt(BasisTally::correct).sum())
        .isEqualTo(report.titles() - report.misclassified().size());
  }

  @Test
  void readsALabelledExportSavedAsGbk() throws IOException {
    Path file = exports.resolve("标注.csv");
    Files.write(file, """
        标题,文号,体裁,责任部门,信息类别
        关于印发《兰山区最低生活保障审核确认办法》的通知,兰民发〔2022〕18号,行政规范性文件,社会救助科,政策文件
        局长带队赴乡镇调研城乡低保工作,,,办公室,工作信息
        """.getBytes(Charset.forName("GBK")));

    LabelledExport export = LabelledExport.read(file, taxonomy);

    assertThat(export.titles()).containsExactly(
        new LabelledTitle(new PublicationText("关于印发《兰山区最低生活保障审核确认办法》的通知", "兰民发〔2022〕18号",
            "行政规范性文件", null), "政策文件", 2),
        new LabelledTitle(new PublicationText("局长带队赴乡镇调研城乡低保工作", null, null, null), "工作动态", 3));
    assertThat(export.skipped()).isEmpty();
  }

  @Test
  void listsTheRowsItCannotEvaluateWithTheirLines() throws IOException {
    Path file = exports.resolve("标注.csv");
    Files.writeString(file, """
        标题,文号,体裁,责任部门,信息类别
        关于调整城乡最低生活保障标准的通知,宁民〔2023〕7号,,社会救助科,政策文件
        ,宁民〔2023〕8号,,社会救助科,政策文件
        城乡低保对象名单公示,,,社会救助科,
        局长带队赴乡镇调研城乡低保工作,,,办公室,"   "
        2023年度部门决算公开,,,财务科,杂项
        临时救助对象公示,,,社会救助科,救助
        """);

    LabelledExport export = LabelledExport.read(file, taxonomy);

    assertThat(export.titles()).extracting(LabelledTitle::line, LabelledTitle::category)
        .containsExactly(tuple(2L, "政策文件"), tuple(7L, "社会救助"));
    assertThat(export.skipped()).containsExactly(
        "line 3: no title",
        "line 4: no category",
        "line 5: no category",
        "line 6: category '杂项' is not in the taxonomy (add it as a synonym, or correct it)");
  }

  @Test
  void refusesAnExportWithoutACategoryColumnAndNamesIt() throws IOException {
    Path file = exports.resolve("未标注.csv");
    Files.writeString(file, "标题,文号,体裁,责任部门\n关于调整城乡最低生活保障标准的通知,宁民〔2023〕7号,,社会救助科\n",
        StandardCharsets.UTF_8);

    UserInputException failure = catchThrowableOfType(UserInputException.class,
        () -> LabelledExport.read(file, taxonomy));

    assertThat(failure).isNotNull();
    assertThat(failure.getMessage()).startsWith(file + " has no 信息类别 column")
        .contains("(header: [标题, 文号, 体裁, 责任部门])").endsWith("name it 信息类别 or 主题分类 or 类别 or 分类 or 信息分类");
  }

  private static EvaluationReport evaluate(Path file) throws IOException {
    LabelledExport export = LabelledExport.read(file, taxonomy);
    return new CrossValidation(taxonomy, SETTINGS, 5, 1).evaluate(export.titles(), export.skipped());
  }

  private static int dataRows(Path file) throws IOException {
    return lastColumnCounts(file).values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The labels of the file, counted straight from its text: no category holds a comma or a quote. */
  private static Map<String, Integer> lastColumnCounts(Path file) throws IOException {
    return Files.readAllLines(file).stream().skip(1).filter(line -> !line.isBlank())
        .map(line -> line.substring(line.lastIndexOf(',') + 1).strip())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.summingInt(label -> 1)));
  }
}
