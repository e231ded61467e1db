package cn.gongkai.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.dedup.NearDuplicateCandidate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At benchmark scale the sample must look like real offices' output, which rarely publishes two
 * near-identical titles within three days: the probable duplicates the pipeline would list among
 * distinct publications stay well under 1 % of them, and no two distinct publications share a key
 * (which would silently merge them and break the counts). What makes titles collide is how many
 * publications share a day and a year, not the total: 250,000 rows over two years, a fifth of them
 * re-exports, put about 100,000 publications in each year, as many as the busiest years of the
 * benchmark's 1,000,000 rows over ten (52,596 in 2015 growing to 107,502 in 2024).
 */
class TitleVarietyTest {

  private static final String ORGANIZATION = "示例市民政局";
  private static final SampleSpec SPEC = new SampleSpec(250_000, 20191L, 2023, 2024, ORGANIZATION, 0.2);

  private static IngestedSample sample;

  @BeforeAll
  static void readTheSampleAsThePipelineDoes(@TempDir Path temp) throws IOException {
    sample = IngestedSample.read(new SampleExportGenerator(SPEC).writeTo(temp), ORGANIZATION);
  }

  @Test
  void noTwoDistinctPublicationsShareAnIndexNumberADocumentNumberOrATitleOnTheSameDay() {
    assertThat(sample.rows()).isEqualTo(SPEC.records());
    assertThat(sample.publications()).isEqualTo(SPEC.distinctPublications());
  }

  @Test
  void probableDuplicatesAmongDistinctPublicationsStayUnderOnePerThousand() {
    List<NearDuplicateCandidate> publications = sample.candidates();

    int pairs = NearDuplicatePairs.count(publications);

    assertThat(publications).hasSize(SPEC.distinctPublications());
    assertThat(pairs).isLessThan(publications.size() / 1000);
  }

  @Test
  void mostPublicationsHaveATitleOfTheirOwn() {
    List<NearDuplicateCandidate> publications = sample.candidates();

    long distinctTitles = publications.stream().map(NearDuplicateCandidate::title).distinct().count();

    assertThat(distinctTitles).isGreaterThan(publications.size() * 8L / 10);
  }
}
