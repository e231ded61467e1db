package cn.gongkai.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import cn.gongkai.publication.PublicationField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The building blocks of the generator: dates, splits, re-exports, numbers, layouts. */
class SampleSupportTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 50, 5000})
  void createdDatesComeInAscendingOrderWithinTheYear(int count) {
    CreatedDateSequence dates = new CreatedDateSequence(2020, count, new Random(count));
    List<LocalDate> handedOut = new ArrayList<>();
    while (dates.hasNext()) {
      handedOut.add(dates.next());
    }

    assertThat(handedOut).hasSize(count).isSorted()
        .allMatch(date -> date.getYear() == 2020);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 7, 270, 999_999})
  void apportionedPartsSumToTheTotalAndFollowTheWeights(int total) {
    double[] weights = {0.26, 0.11, 0.30, 0.20, 0.13};

    int[] parts = Apportionment.apportion(total, weights);

    assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
    for (int i = 0; i < parts.length; i++) {
      assertThat((double) parts[i]).isCloseTo(total * weights[i], offset(1.0));
    }
  }

  @ParameterizedTest
  @CsvSource({"0, 10", "3, 10", "10, 10", "25, 10", "7, 1"})
  void theOfficeReexportsExactlyTheRequestedNumberOfRowsOfTheOtherDepartments(int reexports,
      int publications) {
    Bureau bureau = Bureau.of(5);
    ReexportAllocator allocator = new ReexportAllocator(reexports, publications, 4);
    Random random = new Random(4);
    int handedOut = 0;
    for (int i = 0; i < 4; i++) {
      handedOut += allocator.reexportsOf(bureau.office(), random);
    }
    assertThat(handedOut).as("the office's own rows").isZero();
    for (int i = 0; i < publications; i++) {
      handedOut += allocator.reexportsOf(bureau.departments().get(4), random);
    }

    assertThat(handedOut).isEqualTo(reexports);
    assertThat(allocator.reexportsLeft()).isZero();
  }

  @ParameterizedTest
  @CsvSource({"3, 10", "25, 10", "7, 1"})
  void theOfficeAloneReexportsItsOwnRows(int reexports, int publications) {
    ReexportAllocator allocator = new ReexportAllocator(reexports, 0, publications);
    Random random = new Random(4);
    int handedOut = 0;
    for (int i = 0; i < publications; i++) {
      handedOut += allocator.reexportsOf(Bureau.of(1).office(), random);
    }

    assertThat(handedOut).isEqualTo(reexports);
  }

  @Test
  void numbersRiseWithinAYearAndSeriesAndCarryTheOrganizationsCode() {
    OrganizationNames names = new OrganizationNames("示例市民政局");
    DocumentNumbering numbering = new DocumentNumbering(names, new Random(2));

    String first = numbering.nextIndexNo(2019);
    String second = numbering.nextIndexNo(2019);
    String letter = numbering.nextDocNo(NumberPolicy.LETTER, 2019).orElseThrow().text();

    assertThat(first).matches(names.creditCode() + "/2019-\\d{5}");
    assertThat(second).isGreaterThan(first);
    assertThat(letter).matches("示民函〔2019〕\\d+号");
    assertThat(numbering.nextDocNo(NumberPolicy.NONE, 2019)).isEmpty();
  }

  @Test
  void theCreditCodeIsEighteenCharactersAndFixedPerOrganization() {
    String code = new OrganizationNames("示例市民政局").creditCode();

    assertThat(code).hasSize(18).isEqualTo(new OrganizationNames("示例市民政局").creditCode())
        .isNotEqualTo(new OrganizationNames("示例市人力资源和社会保障局").creditCode());
  }

  @Test
  void aLayoutRejectsAHeaderThatIsNoSynonymOfItsField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ExportColumn(PublicationField.TITLE, "发布日期"));
  }

  @Test
  void aLayoutNeedsATitleAndAPublishedDate() {
    List<ExportColumn> titleOnly = List.of(new ExportColumn(PublicationField.TITLE, "标题"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ExportLayout(titleOnly, DateStyle.ISO, DateStyle.ISO, false));
  }

  @Test
  void everyDepartmentHasAValidLayout() {
    assertThat(Bureau.of(Bureau.MAX_DEPARTMENTS).departments()).allSatisfy(department ->
        assertThat(department.layout().headers()).isNotEmpty());
  }
}
