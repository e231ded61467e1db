package cn.gongkai.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import cn.gongkai.publication.PublicationField;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Loading and matching source definitions; {@link SourceCatalogProblemsTest} covers their problems. */
class SourceCatalogTest {

  private static final String ORGANIZATION = "示例市民政局";

  @TempDir
  Path sources;

  @Test
  void bindsEveryKeyOfACompleteDefinition() throws IOException {
    write("救助.yml", """
        name: 社会救助
        files: 社会救助科*.csv
        organization: 示例市人民政府
        department: 社会救助科
        charset: GBK
        delimiter: ";"
        headers:
          日期: publishedDate
          文件名: 标题
        dateFormat: dd/MM/yyyy
        """);

    SourceDefinition definition = SourceCatalog.load(sources, ORGANIZATION).all().get(0);

    assertThat(definition).isEqualTo(new SourceDefinition("社会救助", sources.resolve("救助.yml"),
        "社会救助科*.csv", "示例市人民政府", "社会救助科", Charset.forName("GBK"), ';',
        Map.of("日期", PublicationField.PUBLISHED_DATE, "文件名", PublicationField.TITLE), "dd/MM/yyyy"));
  }

  @Test
  void aSourceMaySayItsFilesAreARegister() throws IOException {
    write("登记.yml", "files: 依申请*.csv\nregister: applications\n");

    assertThat(SourceCatalog.load(sources, ORGANIZATION).all().get(0).register())
        .isEqualTo(cn.gongkai.application.RegisterKind.APPLICATIONS);
  }

  @Test
  void takesTheNameFromTheFileAndTheOrganizationFromTheInstallation() throws IOException {
    write("社会救助科.yml", "files: 社会救助科*.csv\n");

    SourceDefinition definition = SourceCatalog.load(sources, ORGANIZATION).all().get(0);

    assertThat(definition.name()).isEqualTo("社会救助科");
    assertThat(definition.organization()).isEqualTo(ORGANIZATION);
    assertThat(definition.department()).isNull();
    assertThat(definition.charset()).isNull();
    assertThat(definition.delimiter()).isNull();
    assertThat(definition.headers()).isEmpty();
    assertThat(definition.dateFormat()).isNull();
  }

  @Test
  void readsYmlAndYamlFilesInFileNameOrderAndIgnoresTheRest() throws IOException {
    write("b.yaml", "files: b.csv\n");
    write("a.yml", "files: a.csv\n");
    write("c.YML", "files: c.csv\n");
    write("README.md", "# not a source\n");
    write("example.yml.disabled", "files: '*.csv'\n");
    Files.createDirectories(sources.resolve("nested.yml"));

    SourceCatalog catalog = SourceCatalog.load(sources, ORGANIZATION);

    assertThat(catalog.all()).extracting(SourceDefinition::name).containsExactly("a", "b", "c");
  }

  @Test
  void aMissingDirectoryMeansNoSources() {
    SourceCatalog catalog = SourceCatalog.load(sources.resolve("absent"), ORGANIZATION);

    assertThat(catalog.all()).isEmpty();
    assertThat(catalog.match("办公室.csv")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"社会救助科.csv", "社会救助科2019.csv", "2019/社会救助科.csv", "2019/一月/社会救助科-导出.csv"})
  void aPatternWithoutAFolderMatchesTheFileNameAtAnyDepth(String relativeName) throws IOException {
    write("救助.yml", "files: 社会救助科*.csv\n");

    assertThat(SourceCatalog.load(sources, ORGANIZATION).match(relativeName))
        .map(SourceDefinition::name).hasValue("救助");
  }

  @ParameterizedTest(name = "{0} matches: {1}")
  @CsvSource({
      "民政/2019/救助.tsv,      true",
      "民政/2019/一月/救助.tsv, true",
      "民政/救助.tsv,           false",
      "其他/2019/救助.tsv,      false",
      "救助.tsv,                false",
      "民政/2019/救助.csv,      false"})
  void aPatternWithAFolderMatchesThePathFromTheInbox(String relativeName, boolean matches) throws IOException {
    write("民政.yml", "files: 民政/**/*.tsv\n");

    assertThat(SourceCatalog.load(sources, ORGANIZATION).match(relativeName).isPresent()).isEqualTo(matches);
  }

  @Test
  void theFirstDefinitionInFileNameOrderWins() throws IOException {
    write("2-all.yml", "files: '*.csv'\n");
    write("1-救助.yml", "files: 社会救助科*.csv\n");

    SourceCatalog catalog = SourceCatalog.load(sources, ORGANIZATION);

    assertThat(catalog.match("社会救助科.csv")).map(SourceDefinition::name).hasValue("1-救助");
    assertThat(catalog.match("办公室.csv")).map(SourceDefinition::name).hasValue("2-all");
  }

  @Test
  void aFileNoPatternMatchesHasNoSource() throws IOException {
    write("救助.yml", "files: 社会救助科*.csv\n");

    assertThat(SourceCatalog.load(sources, ORGANIZATION).match("养老服务科.csv")).isEmpty();
  }

  @Test
  void mapsHeadersToFieldsByKeyOrChineseLabel() throws IOException {
    write("s.yml", """
        files: s.csv
        headers:
          日期: publishedDate
          文件名: 标题
          Doc Number: docNo
        """);

    SourceDefinition definition = SourceCatalog.load(sources, ORGANIZATION).all().get(0);

    assertThat(definition.headers()).containsExactly(
        entry("日期", PublicationField.PUBLISHED_DATE),
        entry("文件名", PublicationField.TITLE),
        entry("doc number", PublicationField.DOC_NO));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"Release Date", "release date", "  RELEASE DATE ", "Ｒｅｌｅａｓｅ　Ｄａｔｅ", "\uFEFFRelease Date"})
  void findsAMappedHeaderHoweverTheFileSpellsIt(String header) throws IOException {
    write("s.yml", "files: s.csv\nheaders:\n  ' Ｒｅｌｅａｓｅ Date': 发布日期\n");

    SourceDefinition definition = SourceCatalog.load(sources, ORGANIZATION).all().get(0);

    assertThat(definition.headers()).containsOnlyKeys("release date");
    assertThat(definition.field(header)).hasValue(PublicationField.PUBLISHED_DATE);
    assertThat(definition.field("发布日期")).isEmpty();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      UTF-8    | UTF-8
      utf8     | UTF-8
      GBK      | GBK
      GB18030  | GB18030
      gb2312   | GB2312
      """)
  void acceptsAnyNameOfACharsetTheJvmKnows(String name, String charset) throws IOException {
    write("s.yml", "files: s.csv\ncharset: " + name + "\n");

    assertThat(SourceCatalog.load(sources, ORGANIZATION).all().get(0).charset()).isEqualTo(Charset.forName(charset));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "->", quoteCharacter = '`', textBlock = """
      delimiter: ","    -> ,
      delimiter: ';'    -> ;
      delimiter: ;      -> ;
      delimiter: "|"    -> |
      delimiter: "\\t"  -> `\t`
      delimiter: '\\t'  -> `\t`
      delimiter: tab    -> `\t`
      delimiter: TAB    -> `\t`
      """)
  void acceptsTheCommonDelimitersAndATabHoweverItIsWritten(String line, char delimiter) throws IOException {
    write("s.yml", "files: s.csv\n" + line + "\n");

    assertThat(SourceCatalog.load(sources, ORGANIZATION).all().get(0).delimiter()).isEqualTo(delimiter);
  }

  @Test
  void trimsTextValues() throws IOException {
    write("s.yml", "files: ' s.csv '\ndepartment: ' 社会救助科 '\n");

    SourceDefinition definition = SourceCatalog.load(sources, ORGANIZATION).all().get(0);

    assertThat(definition.files()).isEqualTo("s.csv");
    assertThat(definition.department()).isEqualTo("社会救助科");
  }

  @Test
  void readsAUtf8FileWithAByteOrderMark() throws IOException {
    write("s.yml", "\uFEFFfiles: s.csv\n");

    assertThat(SourceCatalog.load(sources, ORGANIZATION).all())
        .extracting(SourceDefinition::files).containsExactly("s.csv");
  }

  @Test
  void theShippedExampleUsesEveryKeyAndIsValid() throws IOException {
    Files.copy(Path.of("config/sources/example.yml.disabled"), sources.resolve("社会救助科.yml"));

    SourceDefinition definition = SourceCatalog.load(sources, ORGANIZATION).all().get(0);

    assertThat(definition).isEqualTo(new SourceDefinition("社会救助科导出", sources.resolve("社会救助科.yml"),
        "社会救助科*.csv", "示例市民政局", "社会救助科", Charset.forName("GB18030"), ',',
        Map.of("上网日期", PublicationField.PUBLISHED_DATE, "文件名", PublicationField.TITLE,
            "doc no", PublicationField.DOC_NO), "dd/MM/yyyy"));
  }

  @Test
  void theShippedConfigurationHasNoActiveSourceSoTheDemoFilesReadWithTheDefaults() {
    assertThat(SourceCatalog.load(Path.of("config/sources"), ORGANIZATION).all()).isEmpty();
  }

  private void write(String name, String yaml) throws IOException {
    Files.writeString(sources.resolve(name), yaml);
  }
}
