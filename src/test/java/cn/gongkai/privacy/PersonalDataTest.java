package cn.gongkai.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.privacy.PersonalData.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding and masking identity, mobile and bank card numbers, and leaving everything else alone. */
class PersonalDataTest {

  /** GB 11643's own example: the check character of 11010519491231002 is X. */
  private static final String ID = "11010519491231002X";
  private static final String CARD = withLuhnCheck("622202100112345678"); // 19 digits

  @Test
  void masksAResidentIdentityNumberWithAValidCheckCharacter() {
    PersonalData.Masked masked = PersonalData.mask("关于张三（身份证号" + ID + "）申请低保的公示");

    assertThat(masked.text()).isEqualTo("关于张三（身份证号110*************2X）申请低保的公示");
    assertThat(masked.found()).isEqualTo(Map.of(Kind.RESIDENT_ID, 1));
  }

  @Test
  void leavesEighteenDigitsWithAWrongCheckCharacterAlone() {
    String wrong = "110105194912310021";

    assertThat(PersonalData.mask("编号" + wrong).found()).isEmpty();
  }

  @Test
  void masksALegacyFifteenDigitNumberWithABirthDate() {
    assertThat(PersonalData.mask("身份证 110105491231002 号").text()).isEqualTo("身份证 110**********02 号");
    assertThat(PersonalData.mask("编号 110105491331002").found()).as("13th month").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"13812345678", "138 1234 5678", "138-1234-5678", "+8613812345678", "+86 13812345678",
      "8613812345678"})
  void masksAMobileNumberHoweverItIsWritten(String written) {
    PersonalData.Masked masked = PersonalData.mask("联系电话：" + written + "。");

    assertThat(masked.text()).isEqualTo("联系电话：138****5678。");
    assertThat(masked.found()).isEqualTo(Map.of(Kind.MOBILE, 1));
  }

  @Test
  void masksABankCardNumberPassingTheLuhnCheckPlainOrInGroups() {
    String grouped = CARD.substring(0, 4) + " " + CARD.substring(4, 8) + " " + CARD.substring(8, 12) + " "
        + CARD.substring(12, 16) + " " + CARD.substring(16);

    assertThat(PersonalData.mask("账号" + CARD).text()).isEqualTo("账号***************" + CARD.substring(15));
    assertThat(PersonalData.mask("账号 " + grouped).found()).isEqualTo(Map.of(Kind.BANK_CARD, 1));
    assertThat(PersonalData.mask("账号" + CARD.substring(0, 18) + (char) ('0' + (CARD.charAt(18) - '0' + 1) % 10))
        .found()).as("one digit off").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "编号123456789012345678901",                            // a run longer than any number
      "GK13812345678",                                        // inside an identifier
      "2024-01-05 至 2024-02-05",                             // dates
      "资金 1234 5678 元",                                    // two groups are no card
      "索引号 11010519491231002X1"})                          // an identity number inside a longer run
  void leavesOtherNumbersAlone(String text) {
    PersonalData.Masked masked = PersonalData.mask(text);

    assertThat(masked.found()).isEmpty();
    assertThat(masked.text()).isEqualTo(text);
  }

  @Test
  void masksEveryNumberOfATextAndCountsEachKind() {
    PersonalData.Masked masked = PersonalData.mask(ID + "，13812345678，13912345678，" + CARD);

    assertThat(masked.found()).isEqualTo(Map.of(Kind.RESIDENT_ID, 1, Kind.MOBILE, 2, Kind.BANK_CARD, 1));
    assertThat(masked.total()).isEqualTo(4);
    assertThat(PersonalData.maskedTokens(masked.text())).hasSize(4);
    assertThat(PersonalData.maskedCount(masked.text())).isEqualTo(4);
    assertThat(masked.text()).doesNotContain(ID, "13812345678", "13912345678", CARD);
  }

  @Test
  void countsNoMaskedTokenInTextWithoutFourAsterisksOrWithoutDigitsAfterThem() {
    assertThat(PersonalData.maskedCount(null)).isZero();
    assertThat(PersonalData.maskedCount("关于***1234的通知")).isZero();
    assertThat(PersonalData.maskedCount("评分****，满分")).isZero();
    assertThat(PersonalData.maskedCount("138****5678 与 139*****12")).isEqualTo(2);
  }

  @Test
  void aDateNextToAMobileNumberIsNotReadAsPartOfIt() {
    assertThat(PersonalData.mask("2024-01-05 13812345678").text()).isEqualTo("2024-01-05 138****5678");
  }

  /**
   * Chinese input methods type full-width digits (１３８) and ideographic spaces (U+3000) as readily as
   * ASCII ones, and people group numbers with whatever dash is at hand: each is the same number.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      full-width digits                  | １３８１２３４５６７８             | 138****5678
      ideographic spaces                 | 138　1234　5678                    | 138****5678
      full-width digits and U+3000       | １３８　１２３４　５６７８         | 138****5678
      full-width hyphens                 | 139－0123－4567                    | 139****4567
      em dashes                          | 138—1234—5678                      | 138****5678
      en dashes                          | 138–1234–5678                      | 138****5678
      middle dots                        | 138·1234·5678                      | 138****5678
      mixed widths                       | 13８１2３4５6７8                   | 138****5678
      mixed widths and separators        | １38 1２34－５678                  | 138****5678
      full-width +86                     | ＋８６１３８１２３４５６７８       | 138****5678
      identity in full width             | ３２０１０２１９８００１０１１２３８ | 320*************38
      identity with a full-width Ｘ      | １１０１０５１９４９１２３１００２Ｘ | 110*************2X
      identity with a full-width ｘ      | １１０１０５１９４９１２３１００２ｘ | 110*************2x
      identity with an ASCII X, wide digits | １１０１０５１９４９１２３１００２X | 110*************2X
      """)
  void masksANumberTypedInAnyWidthOrWithAnySeparator(String form, String written, String shown) {
    PersonalData.Masked masked = PersonalData.mask("联系人（" + written + "）困难救助");

    assertThat(masked.text()).as(form).isEqualTo("联系人（" + shown + "）困难救助");
    assertThat(masked.total()).as(form).isEqualTo(1);
    assertThat(PersonalData.maskedTokens(masked.text())).as(form).containsExactly(shown);
  }

  @Test
  void masksABankCardInFullWidthGroupsSeparatedByIdeographicSpaces() {
    String wide = CARD.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０'))).reduce("", String::concat);
    String grouped = wide.substring(0, 4) + "　" + wide.substring(4, 8) + "　" + wide.substring(8, 12) + "　"
        + wide.substring(12, 16) + "　" + wide.substring(16);

    PersonalData.Masked masked = PersonalData.mask("账号" + grouped + "。");

    assertThat(masked.text()).isEqualTo("账号***************" + CARD.substring(15) + "。");
    assertThat(masked.found()).isEqualTo(Map.of(Kind.BANK_CARD, 1));
  }

  @Test
  void masksTheIssuesTitleWithAFullWidthMobileNumber() {
    PersonalData.Masked masked = PersonalData.mask("关于张三（联系电话１３８１２３４５６７８）困难救助的公示");

    assertThat(masked.text()).isEqualTo("关于张三（联系电话138****5678）困难救助的公示");
    assertThat(masked.found()).isEqualTo(Map.of(Kind.MOBILE, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "２０２４－０１－０５ 至 ２０２４－０２－０５",              // full-width dates
      "２０２４年１月５日",
      "资金　１２３４　５６７８　元",                           // two full-width groups are no card
      "金额１２３４５６７８９０元",                              // a ten-digit amount
      "ＧＫ１３８１２３４５６７８",                              // inside a full-width identifier
      "GK１３８１２３４５６７８",
      "编号１２３４５６７８９０１２３４５６７８９０１",            // a full-width run longer than any number
      "2024—2025年度 1234·5678",                               // dashes and dots between years and amounts
      "１１０１０５１９４９１２３１００２１"})                   // wrong check character, in full width
  void leavesOtherNumbersAloneInAnyWidth(String text) {
    PersonalData.Masked masked = PersonalData.mask(text);

    assertThat(masked.found()).isEmpty();
    assertThat(masked.text()).isEqualTo(text);
  }

  private static String withLuhnCheck(String digits) {
    for (char check = '0'; check <= '9'; check++) {
      if (PersonalData.luhn(digits + check)) {
        return digits + check;
      }
    }
    throw new AssertionError();
  }
}
