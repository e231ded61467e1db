package cn.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.job.IngestRunner;
import cn.gongkai.job.RunSummary;
import cn.gongkai.sample.SampleExportGenerator;
import cn.gongkai.sample.SampleSpec;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code rebuild} (issue 8): every publication copied into a new versioned index, the alias swapped
 * atomically while searches through it keep answering with the whole count, the figures unchanged,
 * and later runs deduplicating against the rebuilt index.
 */
class RebuildIT extends PipelineIntegrationTest {


  @Autowired
  IngestRunner ingestRunner;

  @Autowired
  PublicationRebuild rebuild;

  @Autowired
  FiguresQuery figuresQuery;

  @Autowired
  Indices indices;

  @TempDir
  Path work;

  @Test
  void copiesEveryPublicationAndSwapsTheAliasWhileSearchesKeepAnsweringWithTheWholeCount() throws Exception {
    SampleSpec spec = SampleSpec.demo().withRecords(3_000);
    Path inbox = new SampleExportGenerator(spec).writeTo(work.resolve("inbox")).get(0).getParent();
    assertThat(ingestRunner.run(inbox).completed()).isTrue();
    List<PublicationFigures> before = figuresOfEveryYear(figuresQuery, spec);
    String alias = indices.publications().alias();
    Queue<Long> counts = new ConcurrentLinkedQueue<>();
    Queue<Exception> failures = new ConcurrentLinkedQueue<>();
    AtomicBoolean rebuilding = new AtomicBoolean(true);
    Thread dashboard = new Thread(() -> {
      while (rebuilding.get()) {
        try {
          counts.add(connection.client().count(request -> request.index(alias)).count());
        } catch (Exception e) {
          failures.add(e);
        }
      }
    }, "dashboard-searches");
    dashboard.start();

    PublicationRebuild.Result result;
    try {
      result = rebuild.run(false, line -> { });
    } finally {
      rebuilding.set(false);
      dashboard.join();
    }

    assertThat(result.from()).isEqualTo(alias + "-000001");
    assertThat(result.to()).isEqualTo(alias + "-000002");
    assertThat(result.publications()).isEqualTo(spec.distinctPublications());
    assertThat(failures).as("searches that failed during the rebuild").isEmpty();
    assertThat(counts).as("searches during the rebuild").hasSizeGreaterThan(10)
        .containsOnly((long) spec.distinctPublications());
    var indicesNow = connection.client().indices();
    assertThat(indicesNow.getAlias(request -> request.name(alias)).aliases()).containsOnlyKeys(alias + "-000002");
    assertThat(indicesNow.exists(request -> request.index(alias + "-000001")).value()).isFalse();
    var mapping = indicesNow.getMapping(request -> request.index(alias)).get(alias + "-000002").mappings();
    assertThat(mapping.properties()).containsKeys("keys", "origin", "contributions", "category");
    assertThat(figuresOfEveryYear(figuresQuery, spec)).isEqualTo(before);

    Path later = Files.createDirectories(work.resolve("later"));
    String reexport = Files.readAllLines(Files.list(inbox).sorted().findFirst().orElseThrow(), StandardCharsets.UTF_8)
        .subList(0, 2).stream().reduce((header, row) -> header + "\n" + row).orElseThrow() + "\n";
    Files.writeString(later.resolve("重报.csv"), reexport, StandardCharsets.UTF_8);
    RunSummary next = ingestRunner.run(later);
    assertThat(next.totals().merged()).as("a row of a copied publication merges into it").isEqualTo(1);
    assertThat(figuresOfEveryYear(figuresQuery, spec)).isEqualTo(before);
  }

}
