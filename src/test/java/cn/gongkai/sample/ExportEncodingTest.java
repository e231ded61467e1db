package cn.gongkai.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The encoding option: what bytes each file holds, and that the pipeline reads them as written. */
class ExportEncodingTest {

  private static final String ORGANIZATION = "示例市民政局";
  private static final Charset GBK = Charset.forName("GBK");
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir
  Path temp;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"utf-8, UTF-8, false, UTF-8", "utf-8-bom, UTF-8, true, UTF-8", "gbk, GBK, false, GB18030"})
  void writesEveryFileInTheEncodingAskedForWithTheSameText(String label, String charset,
      boolean bom, String detected) throws IOException {
    List<Path> files = generate(spec(ExportEncoding.of(label)), label);
    List<Path> utf8 = generate(spec(ExportEncoding.UTF_8), "reference");

    for (int i = 0; i < files.size(); i++) {
      byte[] bytes = Files.readAllBytes(files.get(i));
      assertThat(startsWithBom(bytes)).as(files.get(i).toString()).isEqualTo(bom);
      String text = strictly(Charset.forName(charset), bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes);
      assertThat(text).isEqualTo(Files.readString(utf8.get(i)));
    }
    assertThat(IngestedSample.read(files, ORGANIZATION).charsets().values())
        .extracting(Charset::name).containsOnly(detected);
  }

  @Test
  void gbkFilesAreNotUtf8() throws IOException {
    for (Path file : generate(spec(ExportEncoding.GBK), "gbk")) {
      byte[] bytes = Files.readAllBytes(file);

      assertThatThrownBy(() -> strictly(StandardCharsets.UTF_8, bytes)).isInstanceOf(CharacterCodingException.class);
    }
  }

  @Test
  void mixedGivesTheDepartmentsUtf8GbkAndUtf8WithBomInTurn() throws IOException {
    SampleSpec spec = new SampleSpec(3000, 29L, 2019, 2024, ORGANIZATION, 0.2, 6, 0.35, ExportEncoding.MIXED);
    Path inbox = temp.resolve("mixed");
    new SampleExportGenerator(spec).writeTo(inbox);
    List<String> detected = new ArrayList<>();
    List<Boolean> marked = new ArrayList<>();
    for (Department department : Bureau.of(6).departments()) {
      Path file = inbox.resolve(department.fileName());
      marked.add(startsWithBom(Files.readAllBytes(file)));
      detected.add(IngestedSample.read(List.of(file), ORGANIZATION).charsets().get(department.fileName()).name());
    }

    assertThat(detected).containsExactly("UTF-8", "GB18030", "UTF-8", "UTF-8", "GB18030", "UTF-8");
    assertThat(marked).containsExactly(false, false, true, false, false, true);
  }

  @Test
  void gbkCanEncodeEveryWordTheGeneratorWrites() {
    CharsetEncoder gbk = GBK.newEncoder();

    assertThat(vocabulary()).hasSizeGreaterThan(1000).allSatisfy(word ->
        assertThat(gbk.canEncode(word)).as(word).isTrue());
  }

  @Test
  void refusesAnOrganizationGbkCannotEncodeOnlyWhenAFileIsWrittenInGbk() {
    String organization = "示例市民政局\uD840\uDC00";

    assertThatIllegalArgumentException().isThrownBy(() -> new SampleSpec(10, 1L, 2019, 2024, organization, 0.1, 5,
        0.35, ExportEncoding.GBK)).withMessageContaining("GBK cannot encode");
    assertThatIllegalArgumentException().isThrownBy(() -> new SampleSpec(10, 1L, 2019, 2024, organization, 0.1, 5,
        0.35, ExportEncoding.MIXED));
    assertThat(new SampleSpec(10, 1L, 2019, 2024, organization, 0.1, 5, 0.35, ExportEncoding.UTF_8_BOM)
        .organization()).isEqualTo(organization);
  }

  @Test
  void namesTheEncodingsThereAreWhenGivenAnother() {
    assertThat(ExportEncoding.of(" UTF-8-BOM ")).isEqualTo(ExportEncoding.UTF_8_BOM);
    assertThatIllegalArgumentException().isThrownBy(() -> ExportEncoding.of("latin1"))
        .withMessage("encoding must be one of utf-8, utf-8-bom, gbk, mixed, was latin1");
  }

  /** Every text the generator composes rows from, besides the organization the user gives. */
  private static List<String> vocabulary() {
    List<String> words = new ArrayList<>();
    TitleVocabulary.all().values().forEach(words::addAll);
    words.addAll(Gazetteer.CITY.all());
    words.addAll(PersonNames.SURNAMES);
    words.add(PersonNames.GIVEN);
    for (Department department : Bureau.of(Bureau.MAX_DEPARTMENTS).departments()) {
      words.add(department.label());
      words.addAll(department.programmes());
      words.addAll(List.of(department.layout().headers()));
    }
    for (SampleCategory category : SampleCategory.values()) {
      words.add(category.label());
      words.addAll(category.ownWords());
      TitleCatalog.templates(category).forEach(template -> words.add(template.pattern()));
    }
    Stream.of("政府网站、政府公报", "政府网站,微信公众号", "政府网站；政务微博", "政府网站、公开栏", "〔〕", "（）",
        "通知公告公示通报报告意见", "主动公开依申请公开", "有效废止", "规章行政规范性文件", "令第号").forEach(words::add);
    return words;
  }

  private static String strictly(Charset charset, byte[] bytes) throws CharacterCodingException {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), BOM);
  }

  private SampleSpec spec(ExportEncoding encoding) {
    return new SampleSpec(4000, 31L, 2019, 2024, ORGANIZATION, 0.2, 16, 0.35, encoding);
  }

  private List<Path> generate(SampleSpec spec, String inbox) throws IOException {
    return new SampleExportGenerator(spec).writeTo(temp.resolve(inbox));
  }
}
