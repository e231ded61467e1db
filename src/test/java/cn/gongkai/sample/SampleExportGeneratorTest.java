package cn.gongkai.sample;

import static cn.gongkai.publication.PublicationField.CATEGORY;
import static cn.gongkai.publication.PublicationField.CREATED_DATE;
import static cn.gongkai.publication.PublicationField.DEPARTMENT;
import static cn.gongkai.publication.PublicationField.DOC_NO;
import static cn.gongkai.publication.PublicationField.INDEX_NO;
import static cn.gongkai.publication.PublicationField.PUBLISHED_DATE;
import static cn.gongkai.publication.PublicationField.TITLE;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.dedup.PublicationKeys;
import cn.gongkai.publication.PublicationField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleExportGeneratorTest {

  private static final String ORGANIZATION = "示例市民政局";

  @TempDir
  Path temp;

  @Test
  void writesByteIdenticalFilesForTheSameSpec() throws IOException {
    List<Path> first = generate(SampleSpec.demo(), "first");
    List<Path> second = generate(SampleSpec.demo(), "second");

    assertThat(names(second)).isEqualTo(names(first));
    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
    }
  }

  @Test
  void writesDifferentFilesForADifferentSeed() throws IOException {
    SampleSpec demo = SampleSpec.demo();
    SampleSpec reseeded = new SampleSpec(demo.records(), demo.seed() + 1, demo.firstYear(),
        demo.lastYear(), demo.organization(), demo.duplicateShare());

    List<Path> first = generate(demo, "first");
    List<Path> second = generate(reseeded, "second");

    assertThat(contents(second)).isNotEqualTo(contents(first));
  }

  @Test
  void writesOneFilePerDepartmentSortedByPath() throws IOException {
    List<Path> files = generate(SampleSpec.demo(), "inbox");

    assertThat(names(files)).containsExactly(
        "养老服务科.csv", "办公室.csv", "政策法规科.csv", "社会事务科.csv", "社会救助科.csv");
    assertThat(files).allMatch(file -> file.getParent().equals(temp.resolve("inbox")));
  }

  @ParameterizedTest
  @CsvSource({"1, 0.1", "2, 0.5", "17, 0.1", "40, 1.0", "300, 0.1", "2500, 0.3"})
  void writesExactlyTheRequestedNumberOfDataRowsAcrossFiles(int records, double share)
      throws IOException {
    SampleSpec spec = new SampleSpec(records, 7L, 2019, 2024, ORGANIZATION, share);

    List<Map<PublicationField, String>> rows = ExportRows.readAll(generate(spec, "inbox"));

    assertThat(rows).hasSize(records);
  }

  @ParameterizedTest
  @CsvSource({"1, 0.1", "2, 0.5", "17, 0.1", "40, 1.0", "300, 0.1", "2500, 0.3"})
  void holdsAsManyDistinctIndexNumbersAsDistinctPublications(int records, double share)
      throws IOException {
    SampleSpec spec = new SampleSpec(records, 11L, 2019, 2024, ORGANIZATION, share);
    SampleExportGenerator generator = new SampleExportGenerator(spec);

    List<Map<PublicationField, String>> rows = ExportRows.readAll(generator.writeTo(temp));

    assertThat(rows).allMatch(row -> !row.get(INDEX_NO).isBlank());
    assertThat(rows.stream().map(row -> row.get(INDEX_NO)).distinct())
        .hasSize(generator.distinctPublications());
  }

  @Test
  void everyRowHasATitleAndAPublishedDateInTheRequestedYears() throws IOException {
    SampleSpec spec = new SampleSpec(3000, 5L, 2020, 2022, ORGANIZATION, 0.2);

    List<Map<PublicationField, String>> rows = ExportRows.readAll(generate(spec, "inbox"));

    assertThat(rows).allSatisfy(row -> {
      assertThat(row.get(TITLE)).isNotBlank();
      assertThat(ExportRows.date(row.get(PUBLISHED_DATE)).getYear()).isBetween(2020, 2022);
    });
  }

  @Test
  void theDemoPublishesInAtLeastFiveYears() throws IOException {
    List<Map<PublicationField, String>> rows = demoRows();

    assertThat(rows.stream().map(row -> ExportRows.date(row.get(PUBLISHED_DATE)).getYear())
        .distinct()).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void publishesNoEarlierThanCreatedAndWithinFortyDays() throws IOException {
    List<Map<PublicationField, String>> rows = demoRows();

    assertThat(rows).filteredOn(row -> row.containsKey(CREATED_DATE)).allSatisfy(row -> {
      LocalDate created = ExportRows.date(row.get(CREATED_DATE));
      LocalDate published = ExportRows.date(row.get(PUBLISHED_DATE));
      assertThat(ChronoUnit.DAYS.between(created, published)).isBetween(0L, 40L);
    });
  }

  @Test
  void theOfficeReexportsRepeatIndexNumberTitleDocNoAndPublishedDate() throws IOException {
    List<Map<PublicationField, String>> rows = demoRows();

    Map<String, Set<List<String>>> keysByIndexNo = rows.stream().collect(groupingBy(
        row -> row.get(INDEX_NO),
        mapping(row -> List.of(row.get(TITLE), normalizedDocNo(row.get(DOC_NO)),
            ExportRows.iso(row.get(PUBLISHED_DATE))), toSet())));

    assertThat(keysByIndexNo.values()).allSatisfy(keys -> assertThat(keys).hasSize(1));
  }

  @Test
  void reexportedRowsAreInTheOfficeFileAndNameTheirDepartment() throws IOException {
    List<Path> files = generate(SampleSpec.demo(), "in");
    Path officeFile = temp.resolve("in").resolve("办公室.csv");
    Set<String> departmental = new HashSet<>();
    for (Path file : files) {
      if (!file.equals(officeFile)) {
        ExportRows.read(file).forEach(row -> departmental.add(row.get(INDEX_NO)));
      }
    }

    List<Map<PublicationField, String>> office = ExportRows.read(officeFile);

    assertThat(office).filteredOn(row -> departmental.contains(row.get(INDEX_NO)))
        .hasSize(SampleSpec.demo().duplicateRows())
        .allSatisfy(row -> assertThat(row.get(DEPARTMENT)).isNotEqualTo("办公室").endsWith("科"));
  }

  @Test
  void onlyTheOfficeFileHasAResponsibleDepartmentColumn() throws IOException {
    for (Path file : generate(SampleSpec.demo(), "in")) {
      List<String> headers = headers(file);
      boolean office = file.getFileName().toString().equals("办公室.csv");

      assertThat(ExportRows.fieldsOf(headers).containsKey(DEPARTMENT)).as(file.toString())
          .isEqualTo(office);
    }
  }

  @Test
  void departmentsUseDifferentHeaderWordsAllOfThemKnownSynonyms() throws IOException {
    List<List<String>> headerSets = new ArrayList<>();
    for (Path file : generate(SampleSpec.demo(), "in")) {
      List<String> headers = headers(file);
      Map<PublicationField, String> fields = ExportRows.fieldsOf(headers);
      assertThat(fields).containsKeys(INDEX_NO, TITLE, PUBLISHED_DATE);
      headerSets.add(headers);
    }

    assertThat(headerSets).doesNotHaveDuplicates();
    assertThat(headerSets).anySatisfy(headers -> assertThat(headers).contains("标题", "发布日期"))
        .anySatisfy(headers -> assertThat(headers).contains("信息名称", "公开日期", "发文字号", "主题分类"));
  }

  @Test
  void writesUtf8WithoutByteOrderMarkAndWithCrlfLineEnds() throws IOException {
    for (Path file : generate(SampleSpec.demo(), "in")) {
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.UTF_8);

      assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
      assertThat(text).endsWith("\r\n");
      assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }
  }

  @Test
  void distinctPublicationsNeverShareATitleOnTheSameDayNorADocumentNumber() throws IOException {
    SampleSpec spec = new SampleSpec(20_000, 3L, 2019, 2024, ORGANIZATION, 0.1);
    List<Map<PublicationField, String>> rows = ExportRows.readAll(generate(spec, "in"));

    Map<String, Set<String>> byTitleAndDay = rows.stream().collect(groupingBy(
        row -> PublicationKeys.normalizedTitle(row.get(TITLE)) + "|"
            + ExportRows.iso(row.get(PUBLISHED_DATE)),
        mapping(row -> row.get(INDEX_NO), toSet())));
    Map<String, Set<String>> byDocNo = rows.stream().filter(row -> !row.get(DOC_NO).isEmpty())
        .collect(groupingBy(row -> normalizedDocNo(row.get(DOC_NO)),
            mapping(row -> row.get(INDEX_NO), toSet())));

    assertThat(byTitleAndDay.values()).allSatisfy(indexNos -> assertThat(indexNos).hasSize(1));
    assertThat(byDocNo.values()).allSatisfy(indexNos -> assertThat(indexNos).hasSize(1));
  }

  @Test
  void declaresACategoryOnAboutSixtyPercentOfRows() throws IOException {
    SampleSpec spec = new SampleSpec(5000, 9L, 2019, 2024, ORGANIZATION, 0.1);
    List<Map<PublicationField, String>> rows = ExportRows.readAll(generate(spec, "in"));

    long declared = rows.stream().filter(row -> !row.getOrDefault(CATEGORY, "").isEmpty()).count();

    assertThat(declared / (double) rows.size()).isBetween(0.5, 0.7);
  }

  @Test
  void titlesVaryWithinTheDemo() throws IOException {
    List<Map<PublicationField, String>> rows = demoRows();

    long distinctTitles = rows.stream().map(row -> row.get(TITLE)).distinct().count();

    assertThat(distinctTitles)
        .isGreaterThanOrEqualTo(SampleSpec.demo().distinctPublications() * 9L / 10);
  }

  private List<Map<PublicationField, String>> demoRows() throws IOException {
    return ExportRows.readAll(generate(SampleSpec.demo(), "demo"));
  }

  private List<Path> generate(SampleSpec spec, String inbox) throws IOException {
    return new SampleExportGenerator(spec).writeTo(temp.resolve(inbox));
  }

  private static List<String> names(List<Path> files) {
    return files.stream().map(file -> file.getFileName().toString()).toList();
  }

  private static List<String> contents(List<Path> files) throws IOException {
    List<String> contents = new ArrayList<>();
    for (Path file : files) {
      contents.add(Files.readString(file));
    }
    return contents;
  }

  private static List<String> headers(Path file) throws IOException {
    String firstLine = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    return List.of(firstLine.split(","));
  }

  private static String normalizedDocNo(String docNo) {
    return docNo.replace('[', '〔').replace(']', '〕');
  }
}
