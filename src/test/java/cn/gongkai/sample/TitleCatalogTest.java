package cn.gongkai.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    assertThat(patterns).hasSizeGreaterThanOrEqualTo(9);
  }

  @Test
  void everyTemplateComposesForEveryDepartmentWithoutLeftoverPlaceholders() {
    for (SampleCategory category : SampleCategory.values()) {
      for (TitleTemplate template : TitleCatalog.templates(category)) {
        for (Department department : Bureau.of(Bureau.MAX_DEPARTMENTS).departments()) {
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
  void fillsTheDayAndNumbersPenaltyDecisionsInSequenceWithinAYear() {
    LocalDate created = LocalDate.of(2021, 8, 3);

    assertThat(compose("{m}月{d}日", created)).isEqualTo("8月3日");
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      numbers.add(Integer.parseInt(compose("{penaltyNo}", created)));
    }
    assertThat(numbers).doesNotHaveDuplicates().isSorted();
    assertThat(Integer.parseInt(compose("{penaltyNo}", LocalDate.of(2022, 1, 4)))).isLessThan(3);
  }

  @Test
  void namesTheSameFewLeadersThroughAFiveYearTerm() {
    Set<String> term2021 = composeMany("{leader}", LocalDate.of(2021, 3, 1));
    Set<String> term2025 = composeMany("{leader}", LocalDate.of(2025, 11, 1));
    Set<String> term2026 = composeMany("{leader}", LocalDate.of(2026, 3, 1));

    assertThat(term2021).hasSize(6).isEqualTo(term2025).anyMatch(leader -> leader.startsWith("党组书记、局长"));
    assertThat(term2026).hasSize(6).doesNotContainAnyElementsOf(term2021);
  }

  @Test
  void namesPlacesOfTheCityAtEveryLevel() {
    Set<String> places = composeMany("{place}", LocalDate.of(2021, 3, 1));

    assertThat(Gazetteer.CITY.all()).hasSize(730).doesNotHaveDuplicates().containsAll(places);
    assertThat(places).anyMatch(place -> place.endsWith("区")).anyMatch(place -> place.endsWith("街道"))
        .anyMatch(place -> place.endsWith("社区")).anyMatch(place -> place.endsWith("镇"))
        .anyMatch(place -> place.endsWith("村"));
  }

  @Test
  void drawsEachOccurrenceOfAPlaceholderAnew() {
    Set<String> pairs = composeMany("{person}|{person}", LocalDate.of(2021, 3, 1));

    assertThat(pairs).anyMatch(pair -> !pair.split("\\|")[0].equals(pair.split("\\|")[1]));
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

  private Set<String> composeMany(String pattern, LocalDate created) {
    Set<String> values = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      values.add(compose(pattern, created));
    }
    return values;
  }

  private String compose(String pattern, LocalDate created) {
    return composer.compose(new TitleTemplate(pattern, NumberPolicy.NONE), Bureau.of(1).office(),
        created);
  }
}
