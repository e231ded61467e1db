package cn.gongkai.intake.corpus;

import static cn.gongkai.intake.corpus.ExportCorpus.ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.dedup.PublicationKeys;
import cn.gongkai.intake.FileInspection;
import cn.gongkai.intake.FileInspector;
import cn.gongkai.intake.InboxFile;
import cn.gongkai.intake.SourceCatalog;
import cn.gongkai.intake.SourceDefinition;
import cn.gongkai.intake.SourceFileReader;
import cn.gongkai.intake.SourceRow;
import cn.gongkai.normalize.NormalizedRow;
import cn.gongkai.normalize.Rejection;
import cn.gongkai.normalize.RowNormalizer;
import cn.gongkai.normalize.RowRejectedException;
import cn.gongkai.publication.PublicationRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every export of the {@link ExportCorpus} is inspected, read and normalized as the ingest step does,
 * and comes out exactly as its case says: the file's fate, and for an ingested file each row's.
 */
class ExportCorpusTest {

  private final RowNormalizer normalizer = new RowNormalizer();

  @TempDir
  Path temp;

  static List<CorpusCase> corpus() {
    return ExportCorpus.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void makesOfEachExportExactlyWhatItsCaseSays(CorpusCase export) throws IOException {
    FileInspection inspection = inspect(export);

    if (export.expected() instanceof ExpectedFile.Ingested ingested) {
      assertThat(inspection).isInstanceOf(FileInspection.Readable.class);
      assertIngested((FileInspection.Readable) inspection, ingested);
    } else if (export.expected() instanceof ExpectedFile.Rejected rejected) {
      assertThat(inspection).isInstanceOfSatisfying(FileInspection.Rejected.class, actual -> {
        assertThat(actual.reason()).isEqualTo(rejected.reason());
        assertThat(actual.message()).contains(rejected.messageFragment());
      });
    } else {
      ExpectedFile.Ignored ignored = (ExpectedFile.Ignored) export.expected();
      assertThat(inspection).isInstanceOfSatisfying(FileInspection.Ignored.class,
          actual -> assertThat(actual.message()).contains(ignored.messageFragment()));
    }
  }

  @Test
  void holdsAtLeastThirtyDistinctExports() {
    assertThat(corpus()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(corpus()).extracting(CorpusCase::name).doesNotHaveDuplicates();
  }

  @Test
  void canBeDroppedIntoOneInboxWithoutAnyFileLookingLikeARedeliveryOfAnother() throws Exception {
    Map<String, String> fileByChecksum = new LinkedHashMap<>();
    for (CorpusCase export : corpus()) {
      String checksum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(export.content().bytes()));
      assertThat(fileByChecksum.putIfAbsent(checksum, export.fileName())).as(export.fileName()).isNull();
    }
    assertThat(corpus()).extracting(CorpusCase::fileName).doesNotHaveDuplicates();
  }

  @Test
  void loadsNoTwoRowsSharingATitleAndDateOrA文号AcrossTheWholeCorpus() {
    List<ExpectedRow.Loaded> loaded = corpus().stream()
        .map(CorpusCase::expected)
        .filter(ExpectedFile.Ingested.class::isInstance)
        .flatMap(ingested -> ((ExpectedFile.Ingested) ingested).rows().stream())
        .filter(ExpectedRow.Loaded.class::isInstance)
        .map(ExpectedRow.Loaded.class::cast)
        .toList();

    assertThat(loaded).extracting(row -> PublicationKeys.normalizedTitle(row.title())).doesNotHaveDuplicates();
    assertThat(loaded).extracting(row -> row.details().get(RowDetail.DOC_NO)).filteredOn(Objects::nonNull)
        .doesNotHaveDuplicates();
  }

  @Test
  void matchesEachSourceDefinitionToItsOwnFileOnlyWhenAllShareOneSourcesFolder() throws IOException {
    Path sources = temp.resolve("sources");
    for (CorpusCase export : corpus()) {
      export.writeSourceInto(sources);
    }
    SourceCatalog catalog = SourceCatalog.load(sources, ORGANIZATION);

    for (CorpusCase export : corpus()) {
      Optional<String> expected = export.sourceFile().map(source -> stem(source.fileName()));
      assertThat(catalog.match(export.fileName()).map(SourceDefinition::name)).as(export.fileName())
          .isEqualTo(expected);
    }
  }

  private FileInspection inspect(CorpusCase export) throws IOException {
    Path inbox = temp.resolve("inbox");
    Path sources = temp.resolve("sources");
    Path file = export.writeInto(inbox);
    export.writeSourceInto(sources);
    FileInspector inspector = new FileInspector(SourceCatalog.load(sources, ORGANIZATION), ORGANIZATION);
    return inspector.inspect(new InboxFile(file, export.fileName(), Files.size(file)));
  }

  private void assertIngested(FileInspection.Readable readable, ExpectedFile.Ingested expected) throws IOException {
    assertThat(readable.plan().charset().name()).as("encoding").isEqualTo(expected.encoding());
    Map<Long, ExpectedRow> expectedByLine = new LinkedHashMap<>();
    expected.rows().forEach(row -> expectedByLine.put(row.line(), withDepartment(row, expected.department())));

    List<ExpectedRow> observed = new ArrayList<>();
    long read = 0;
    long loaded = 0;
    long rejected = 0;
    try (SourceFileReader reader = new SourceFileReader(readable.file(), readable.plan())) {
      for (SourceRow row = reader.next(); row != null; row = reader.next()) {
        read++;
        ExpectedRow expectation = expectedByLine.get(row.line());
        try {
          observed.add(observe(normalizer.normalize(row), row.line(), expectation));
          loaded++;
        } catch (RowRejectedException e) {
          observed.add(observe(e.rejection(), expectation));
          rejected++;
        }
      }
    }

    assertThat(observed).containsExactlyElementsOf(expectedByLine.values());
    assertThat(read).as("read = loaded + rejected").isEqualTo(loaded + rejected).isEqualTo(expected.rows().size());
  }

  /** The loaded row as its expectation describes rows: the details that one names, and the department. */
  private static ExpectedRow observe(NormalizedRow row, long line, ExpectedRow expectation) {
    PublicationRecord record = row.record();
    ExpectedRow.Loaded loaded = new ExpectedRow.Loaded(line, record.title(), record.publishedDate(), Map.of())
        .department(record.department());
    if (expectation instanceof ExpectedRow.Loaded expectedLoad) {
      for (RowDetail detail : expectedLoad.details().keySet()) {
        loaded = loaded.with(detail, detail.of(row));
      }
    }
    return loaded;
  }

  /** The rejection with its message cut to the expected fragment when it holds it, else whole. */
  private static ExpectedRow observe(Rejection rejection, ExpectedRow expectation) {
    String message = rejection.message();
    if (expectation instanceof ExpectedRow.Rejected expectedRejection
        && message.contains(expectedRejection.messageFragment())) {
      message = expectedRejection.messageFragment();
    }
    return new ExpectedRow.Rejected(rejection.line(), rejection.reason(), message);
  }

  private static ExpectedRow withDepartment(ExpectedRow row, String fileDepartment) {
    if (row instanceof ExpectedRow.Loaded loaded && !loaded.details().containsKey(RowDetail.DEPARTMENT)) {
      return loaded.department(fileDepartment);
    }
    return row;
  }

  private static String stem(String fileName) {
    return fileName.substring(0, fileName.lastIndexOf('.'));
  }
}
