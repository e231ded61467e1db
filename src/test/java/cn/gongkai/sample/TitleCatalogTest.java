package cn.gongkai.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TitleCatalogTest {

  private final TitleComposer composer =
      new TitleComposer(new OrganizationNames("示例市民政局"), new Random(1));

  @ParameterizedTest
  @EnumSource(SampleCategory.class)
  void everyCategoryHasSeveralDifferentTemplates(SampleCategory category) {
    Set<String> patterns = TitleCatalog.templates(category).stream()
        .map(TitleTemplate::pattern).collect(Collectors.toSet());

    assertThat(patterns).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void everyTemplateComposesForEveryDepartmentWithoutLeftoverPlaceholders() {
    for (SampleCategory category : SampleCategory.values()) {
      for (TitleTemplate template : TitleCatalog.templates(category)) {
        for (Department department : Department.values()) {
          String title = composer.compose(template, department, LocalDate.of(2021, 4, 8));

          assertThat(title).isNotBlank().doesNotContain("{", "}");
        }
      }
    }
  }

  @Test
  void fillsDateDependentPlaceholdersFromTheCreationDate() {
    LocalDate created = LocalDate.of(2021, 8, 3);

    assertThat(compose("{y}|{py}|{m}|{q}|{fiveYear}", created))
        .isEqualTo("2021|2020|8|三|“十四五”");
    assertThat(compose("{npc}", created)).isEqualTo("市十五届人大五次会议");
    assertThat(compose("{cppcc}", LocalDate.of(2022, 1, 5))).isEqualTo("市政协十六届一次会议");
    assertThat(compose("{org}|{orgShort}|{city}|{docPrefix}", created))
        .isEqualTo("示例市民政局|市民政局|示例市|示民");
  }

  @Test
  void writesChineseNumeralsUpToNinetyNine() {
    assertThat(TitleComposer.chinese(3)).isEqualTo("三");
    assertThat(TitleComposer.chinese(10)).isEqualTo("十");
    assertThat(TitleComposer.chinese(14)).isEqualTo("十四");
    assertThat(TitleComposer.chinese(20)).isEqualTo("二十");
    assertThat(TitleComposer.chinese(99)).isEqualTo("九十九");
  }

  @Test
  void departmentsWordCategoriesInTheirOwnTermsBesideTheTaxonomyName() {
    for (SampleCategory category : SampleCategory.values()) {
      assertThat(category.ownWords()).isNotEmpty().doesNotContain(category.label());
    }
  }

  private String compose(String pattern, LocalDate created) {
    return composer.compose(new TitleTemplate(pattern, NumberPolicy.NONE), Department.OFFICE,
        created);
  }
}
