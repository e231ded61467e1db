package cn.gongkai.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One night's inbox ingested twice: into the prefix where the measured run loaded its publications,
 * and into a fresh prefix whose indices exist but are empty. The ratio of the two times says how much
 * a night costs for what is already loaded.
 *
 * @param loadedPublications the publications under the measured prefix before the nightly run
 */
public record NightlyResult(NightlyInboxFacts inbox, long loadedPublications, PipelineResult overLoaded,
    PipelineResult intoEmpty) {

  public NightlyResult {
    Objects.requireNonNull(inbox, "inbox");
    Objects.requireNonNull(overLoaded, "overLoaded");
    Objects.requireNonNull(intoEmpty, "intoEmpty");
  }

  /** The run over the loaded publications' time over the run into empty indices'. */
  @JsonProperty("ratio")
  public double ratio() {
    return overLoaded.seconds() / intoEmpty.seconds();
  }
}
