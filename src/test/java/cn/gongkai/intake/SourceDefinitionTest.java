package cn.gongkai.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import cn.gongkai.publication.PublicationField;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The definition record checks its values whoever builds it, not only the catalog. */
class SourceDefinitionTest {

  private static final Path FILE = Path.of("config/sources/救助.yml");

  @Test
  void keepsHeadersNormalizedInTheirOrderAndUnaffectedByLaterChanges() {
    Map<String, PublicationField> headers = new java.util.LinkedHashMap<>();
    headers.put(" Ｄｏｃ No ", PublicationField.DOC_NO);
    headers.put("日期", PublicationField.PUBLISHED_DATE);

    SourceDefinition definition = definition(headers, ',', "dd/MM/yyyy");
    headers.clear();

    assertThat(definition.headers())
        .containsExactly(entry("doc no", PublicationField.DOC_NO), entry("日期", PublicationField.PUBLISHED_DATE));
    assertThatThrownBy(() -> definition.headers().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void treatsMissingHeadersAsNone() {
    assertThat(definition(null, null, null).headers()).isEmpty();
  }

  @Test
  void refusesHeadersThatAreTheSameOnceNormalized() {
    Map<String, PublicationField> headers = new HashMap<>();
    headers.put("Doc No", PublicationField.DOC_NO);
    headers.put("doc no", PublicationField.TITLE);

    assertThatThrownBy(() -> definition(headers, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("is listed twice once normalized");
  }

  @Test
  void refusesADelimiterOtherThanCommaSemicolonBarOrTab() {
    assertThatThrownBy(() -> definition(Map.of(), ':', null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("delimiter ':' is not one of ',' ';' '|' or tab");
  }

  @Test
  void refusesADatePatternWithoutADay() {
    assertThatThrownBy(() -> definition(Map.of(), null, "yyyy-MM"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("dateFormat 'yyyy-MM' does not read a whole date");
  }

  @Test
  void refusesABlankDepartment() {
    assertThatThrownBy(() -> new SourceDefinition("救助", FILE, "*.csv", "示例市民政局", " ", null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("department is blank");
  }

  @Test
  void refusesAnInvalidGlob() {
    assertThatThrownBy(() -> new SourceDefinition("救助", FILE, "{a", "示例市民政局", null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("files '{a' is not a valid glob: Missing '}");
  }

  @Test
  void findsAMappedHeaderHoweverTheFileSpellsIt() {
    SourceDefinition definition = definition(Map.of("Doc No", PublicationField.DOC_NO), null, null);

    assertThat(definition.field("\uFEFF ＤＯＣ　ＮＯ")).hasValue(PublicationField.DOC_NO);
    assertThat(definition.field("文号")).isEmpty();
  }

  private static SourceDefinition definition(
      Map<String, PublicationField> headers, Character delimiter, String dateFormat) {
    return new SourceDefinition(
        "救助", FILE, "社会救助科*.csv", "示例市民政局", null, null, delimiter, headers, dateFormat);
  }
}
