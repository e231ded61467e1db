package cn.gongkai.classify;

import java.util.List;
import java.util.Objects;

/**
 * Why a publication has its category (SPEC section 6), so every figure can be explained: its
 * export declared it, a taxonomy rule matched, the statistical model was confident enough, or
 * nothing applied and it went to the default category.
 */
public sealed interface ClassificationBasis {

  /** As stored in the publication's {@code categoryBasis}: declared, rule:&lt;id&gt;, model or default. */
  String label();

  /**
   * The stored labels of the bases only the model can change without a taxonomy edit: what every
   * ingest run classifies again.
   */
  List<String> MODEL_OR_DEFAULT = List.of(new Model(1).label(), new Default().label());

  /** The stage of the chain that decided: declared, rule, model or default. */
  default String stage() {
    return label();
  }

  record Declared() implements ClassificationBasis {
    @Override
    public String label() {
      return "declared";
    }
  }

  /** @param ruleId the id of the taxonomy rule that matched */
  record Rule(String ruleId) implements ClassificationBasis {
    public Rule {
      Objects.requireNonNull(ruleId, "ruleId");
    }

    @Override
    public String label() {
      return "rule:" + ruleId;
    }

    @Override
    public String stage() {
      return "rule";
    }
  }

  /** @param confidence the model's probability for the category, at least the configured threshold */
  record Model(double confidence) implements ClassificationBasis {
    public Model {
      if (!(confidence >= 0 && confidence <= 1)) {
        throw new IllegalArgumentException("a confidence is a probability, was " + confidence);
      }
    }

    @Override
    public String label() {
      return "model";
    }
  }

  record Default() implements ClassificationBasis {
    @Override
    public String label() {
      return "default";
    }
  }
}
