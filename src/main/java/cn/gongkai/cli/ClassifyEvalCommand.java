package cn.gongkai.cli;

import cn.gongkai.classify.ClassificationSettings;
import cn.gongkai.classify.CrossValidation;
import cn.gongkai.classify.EvaluationReport;
import cn.gongkai.classify.ModelSettings;
import cn.gongkai.classify.Taxonomy;
import cn.gongkai.classify.TaxonomyFile;
import cn.gongkai.settings.GongkaiProperties;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "classify-eval",
    mixinStandardHelpOptions = true,
    header = "How well the taxonomy's rules and the model classify titles whose category you know.",
    description = "Reads a labelled export (a CSV with 标题 and 信息类别 columns; 文号 and 体裁 are used when "
        + "present) and cross-validates the classification chain on it: each fold in turn has its categories "
        + "hidden and is classified by the rules and by a model trained on the other folds. Prints accuracy, "
        + "macro-F1, each category's precision and recall, what the rules and the model each decided, and the "
        + "confusion matrix. Needs no Elasticsearch.")
final class ClassifyEvalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = {"--labeled", "--labelled"}, required = true, paramLabel = "FILE",
      description = "the labelled export (UTF-8 or GBK CSV; .tsv for tab-separated)")
  Path labelled;

  @Option(names = "--taxonomy", paramLabel = "FILE",
      description = "evaluate this taxonomy instead of the configured one (gongkai.classification.taxonomy)")
  Path taxonomyFile;

  @Option(names = "--folds", paramLabel = "K", description = "folds of the cross-validation; default: "
      + "gongkai.classification.evaluation-folds (5)")
  Integer folds;

  @Option(names = "--threshold", paramLabel = "P",
      description = "the model's confidence threshold to try; default: gongkai.classification.model-threshold")
  Double threshold;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
      description = "the seed that deals titles into folds (default 1): the same seed, the same figures")
  long seed;

  @Option(names = "--errors", description = "list every misclassified title, with the rule or model that "
      + "decided it: what to read when tuning the taxonomy")
  boolean errors;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text (tables, default) or json (one object with every figure)")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    try (ConfigurableApplicationContext context = GongkaiContext.start()) {
      ClassificationSettings settings = context.getBean(ClassificationSettings.class);
      GongkaiProperties.Classification configured = context.getBean(GongkaiProperties.class).classification();
      Path file = taxonomyFile != null ? taxonomyFile.toAbsolutePath().normalize() : settings.taxonomyFile();
      Taxonomy taxonomy = TaxonomyFile.load(file);
      ModelSettings model = new ModelSettings(threshold != null ? threshold : settings.model().threshold(),
          settings.model().smoothing());
      LabelledExport export = LabelledExport.read(labelled, taxonomy);
      int k = folds != null ? folds : configured.evaluationFolds();
      if (k < 2 || export.titles().size() < k) {
        throw new UserInputException("--folds " + k + " needs at least 2 folds and as many labelled titles ("
            + export.titles().size() + " usable in " + labelled + ")");
      }
      EvaluationReport report = new CrossValidation(taxonomy, model, k, seed).evaluate(export.titles(), export.skipped());
      String described = taxonomy.name().isEmpty() ? file.toString() : file + " (" + taxonomy.name() + ")";
      format.print(spec.commandLine().getOut(), EvaluationSummary.of(labelled.toString(), described, report),
          summary -> EvaluationText.render(summary, errors));
      return 0;
    }
  }
}
