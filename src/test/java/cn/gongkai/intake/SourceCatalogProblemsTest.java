package cn.gongkai.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an operator is told about a source definition that cannot be used: the file, the key, the fix. */
class SourceCatalogProblemsTest {

  private static final String KNOWN_KEYS =
      "name, files, organization, department, charset, delimiter, headers, dateFormat, register";
  private static final String FIELDS = "indexNo/索引号, title/标题, docNo/文号, publisher/发布机构, department/责任部门, "
      + "createdDate/生成日期, publishedDate/发布日期, disclosure/公开方式, channels/公开渠道, category/信息类别, "
      + "docType/体裁, validity/有效性, repealedDate/废止日期, url/链接, summary/摘要";

  @TempDir
  Path sources;

  @Test
  void namesAnUnknownKeyAndTheKnownOnes() throws IOException {
    write("社会救助科.yml", "files: 社会救助科*.csv\ncharest: GBK\n");

    assertThat(problems()).containsExactly(
        problem("社会救助科.yml", "unknown key 'charest' (known: " + KNOWN_KEYS + ")"));
  }

  @Test
  void namesARegisterKindThatIsNoneOfTheTwo() throws IOException {
    write("s.yml", "files: 登记*.csv\nregister: application\n");

    assertThat(problems()).containsExactly(problem("s.yml", "register 'application' is none of applications "
        + "(依申请公开登记表) and reviews (行政复议、行政诉讼登记表); leave it out for a list of publications"));
  }

  @Test
  void namesACharsetTheJvmDoesNotKnow() throws IOException {
    write("s.yml", "files: s.csv\ncharset: GBKK\n");

    assertThat(problems()).containsExactly(
        problem("s.yml", "charset 'GBKK' is not a charset this JVM knows (use UTF-8, GBK or GB18030)"));
  }

  @Test
  void namesACharsetWhoseNameIsMalformed() throws IOException {
    write("s.yml", "files: s.csv\ncharset: UTF 8\n");

    assertThat(problems()).containsExactly(
        problem("s.yml", "charset 'UTF 8' is not a charset this JVM knows (use UTF-8, GBK or GB18030)"));
  }

  @Test
  void namesAHeaderMappedToSomethingThatIsNotAFieldAndListsTheFields() throws IOException {
    write("s.yml", "files: s.csv\nheaders:\n  日期: publishdate\n");

    assertThat(problems()).containsExactly(
        problem("s.yml", "headers: '日期' maps to 'publishdate', which is not a field (fields: " + FIELDS + ")"));
  }

  @Test
  void namesAHeaderMappedToNothing() throws IOException {
    write("s.yml", "files: s.csv\nheaders:\n  日期:\n");

    assertThat(problems()).containsExactly(
        problem("s.yml", "headers: '日期' maps to no field (write one, e.g. 日期: publishedDate)"));
  }

  @Test
  void namesTwoHeadersThatAreTheSameOnceNormalized() throws IOException {
    write("s.yml", "files: s.csv\nheaders:\n  Release Date: publishedDate\n  ＲＥＬＥＡＳＥ　ＤＡＴＥ: createdDate\n");

    assertThat(problems()).containsExactly(problem("s.yml", "headers: 'Release Date' and 'ＲＥＬＥＡＳＥ　ＤＡＴＥ' are the same"
        + " header once normalized (full-width folded, trimmed, lower-case); keep one"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      name: 救助                  | no files key
      'files:'                    | files without a value
      files: ''                   | blank files
      """)
  void requiresFiles(String yaml, String description) throws IOException {
    write("s.yml", yaml + "\n");

    assertThat(problems()).containsExactly(
        problem("s.yml", "files is required (a glob over the path in the inbox, e.g. files: 社会救助科*.csv)"));
  }

  @Test
  void namesAnInvalidGlob() throws IOException {
    write("s.yml", "files: '[社会救助科.csv'\n");

    assertThat(problems()).containsExactly(problem("s.yml", "files '[社会救助科.csv' is not a valid glob: Missing ']"
        + " (use * for any characters, ** across folders, ? for one character, {a,b} for either)"));
  }

  @Test
  void refusesAGlobFromTheRootOfTheDisk() throws IOException {
    write("s.yml", "files: /data/inbox/*.csv\n");

    assertThat(problems()).containsExactly(
        problem("s.yml", "files '/data/inbox/*.csv' must be relative to the inbox (drop the leading /)"));
  }

  @Test
  void namesTwoDefinitionsWithTheSameName() throws IOException {
    write("a.yml", "name: 救助\nfiles: a.csv\n");
    write("b.yml", "name: 救助\nfiles: b.csv\n");

    assertThat(problems()).containsExactly(problem("b.yml", "name '救助' is already the name of "
        + sources.resolve("a.yml") + " (each source needs its own name: set name: in one of them)"));
  }

  @Test
  void namesAnInvalidDatePattern() throws IOException {
    write("s.yml", "files: s.csv\ndateFormat: dd/MM/yyyy {}\n");

    assertThat(problems()).containsExactly(problem("s.yml", "dateFormat 'dd/MM/yyyy {}' is not a date pattern:"
        + " Pattern includes reserved character: '{' (a java.time DateTimeFormatter pattern such as dd/MM/yyyy)"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"yyyy-mm-dd", "yyyy-MM", "HH:mm"})
  void namesADatePatternThatDoesNotReadAWholeDate(String pattern) throws IOException {
    write("s.yml", "files: s.csv\ndateFormat: '" + pattern + "'\n");

    assertThat(problems()).containsExactly(problem("s.yml", "dateFormat '" + pattern + "' does not read a whole date"
        + " (it needs year yyyy, month MM and day dd; lower-case mm is minutes)"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      department   | leave it out to take the department (责任部门) from the file name
      organization | leave it out to use the installation's organization
      name         | leave it out to use the file name
      """)
  void namesABlankValueAndHowToGetTheDefault(String key, String fix) throws IOException {
    write("s.yml", "files: s.csv\n" + key + ": '  '\n");

    assertThat(problems()).containsExactly(problem("s.yml", key + " is blank (" + fix + ")"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      delimiter: '::'  | ::
      delimiter: x     | x
      delimiter: ''    | ``
      """)
  void namesADelimiterItCannotUse(String line, String shown) throws IOException {
    write("s.yml", "files: s.csv\n" + line + "\n");

    assertThat(problems()).containsExactly(problem("s.yml", "delimiter '" + shown + "' is not one of ',' ';' '|' or tab"
        + " (write tab or \"\\t\" for a tab; quote the others, e.g. delimiter: \"|\")"));
  }

  @Test
  void namesAFileThatIsNotValidYamlAndWhere() throws IOException {
    write("s.yml", "files: s.csv\n  department: 社会救助科\n");

    assertThat(problems()).containsExactly(
        problem("s.yml", "is not valid YAML: mapping values are not allowed here (line 2, column 13)"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      files: *.csv       | while scanning an alias: unexpected character found .(46) (line 1, column 9) | files: '*.csv'
      delimiter: ,       | while parsing a block node: expected the node content, but found ',' (line 1, column 12) \
      | delimiter: ','
      """)
  void saysWhichValueNeedsQuotes(String yaml, String problem, String quoted) throws IOException {
    write("s.yml", yaml + "\n");

    assertThat(problems()).contains(problem("s.yml", "is not valid YAML: " + problem
        + " (a value starting with * & ! | > , % @ or ` must be quoted: " + quoted + ")"));
  }

  @Test
  void namesAKeyWrittenTwice() throws IOException {
    write("s.yml", "files: a.csv\nheaders:\n  日期: publishedDate\n  日期: createdDate\n");

    assertThat(problems()).containsExactly(problem("s.yml", "key '日期' is written twice (line 4, column 5); keep one"));
  }

  @Test
  void namesAValueOfTheWrongShape() throws IOException {
    write("s.yml", "files:\n  - a.csv\n  - b.csv\n");

    assertThat(problems()).containsExactly(
        problem("s.yml", "files must be a single value, not a list or mapping (line 2, column 3)"));
  }

  @Test
  void namesHeadersThatAreNotAMapping() throws IOException {
    write("s.yml", "files: s.csv\nheaders: [日期, 标题]\n");

    assertThat(problems()).containsExactly(problem("s.yml",
        "headers must be a mapping of header text to field, e.g. 日期: publishedDate (line 2, column 10)"));
  }

  @Test
  void namesAFileThatIsNotAMapping() throws IOException {
    write("s.yml", "- files: s.csv\n");

    assertThat(problems()).containsExactly(
        problem("s.yml", "must be a mapping of keys (" + KNOWN_KEYS + ") to values"));
  }

  @Test
  void namesAnEmptyFile() throws IOException {
    write("s.yml", "# nothing yet\n");

    assertThat(problems()).containsExactly(problem("s.yml", "is empty (a source needs at least files: <glob>)"));
  }

  @Test
  void namesAFileThatIsNotUtf8() throws IOException {
    byte[] gbk = "files: s.csv\ndepartment: 社会救助科\n".getBytes(Charset.forName("GBK"));
    Files.write(sources.resolve("s.yml"), gbk);

    assertThat(problems()).containsExactly(problem("s.yml", "is not UTF-8 text (save it as UTF-8, not GBK/ANSI)"));
  }

  @Test
  void reportsEveryProblemOfEveryFileTogether() throws IOException {
    write("a.yml", "files: a.csv\ncharest: GBK\ndepartmnet: 救助\ndelimiter: x\n");
    write("b.yml", "charset: GBKK\ndateFormat: yyyy-mm-dd\n");

    SourceConfigException failure = failure();

    assertThat(failure.problems()).containsExactly(
        problem("a.yml", "unknown key 'charest' (known: " + KNOWN_KEYS + ")"),
        problem("a.yml", "unknown key 'departmnet' (known: " + KNOWN_KEYS + ")"),
        problem("a.yml", "delimiter 'x' is not one of ',' ';' '|' or tab"
            + " (write tab or \"\\t\" for a tab; quote the others, e.g. delimiter: \"|\")"),
        problem("b.yml", "files is required (a glob over the path in the inbox, e.g. files: 社会救助科*.csv)"),
        problem("b.yml", "charset 'GBKK' is not a charset this JVM knows (use UTF-8, GBK or GB18030)"),
        problem("b.yml", "dateFormat 'yyyy-mm-dd' does not read a whole date"
            + " (it needs year yyyy, month MM and day dd; lower-case mm is minutes)"));
    assertThat(failure).hasMessage("6 problems in the source definitions; fix them all and run again:\n- "
        + String.join("\n- ", failure.problems()));
  }

  @Test
  void aSingleProblemIsTheWholeMessage() throws IOException {
    write("s.yml", "files: s.csv\ncharset: GBKK\n");

    assertThat(failure()).hasMessage(
        problem("s.yml", "charset 'GBKK' is not a charset this JVM knows (use UTF-8, GBK or GB18030)"));
  }

  @Test
  void namesASourcesPathThatIsAFile() throws IOException {
    Path file = Files.writeString(sources.resolve("sources"), "");

    SourceConfigException failure = catchThrowableOfType(SourceConfigException.class,
        () -> SourceCatalog.load(file, "示例市民政局"));

    assertThat(failure.problems()).containsExactly(
        file + ": is not a directory (source definitions go in a folder of *.yml files)");
  }

  private List<String> problems() {
    return failure().problems();
  }

  private SourceConfigException failure() {
    SourceConfigException failure = catchThrowableOfType(SourceConfigException.class,
        () -> SourceCatalog.load(sources, "示例市民政局"));
    assertThat(failure).as("a SourceConfigException").isNotNull();
    return failure;
  }

  private String problem(String file, String message) {
    return sources.resolve(file) + ": " + message;
  }

  private void write(String name, String yaml) throws IOException {
    Files.writeString(sources.resolve(name), yaml);
  }
}
