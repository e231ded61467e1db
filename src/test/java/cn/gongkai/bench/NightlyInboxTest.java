package cn.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NightlyInboxTest {

  @Test
  void theNewRowsAreAnotherCountysSoNotEvenADecreeNumberMeetsALoadedOne() {
    assertThat(NightlyInbox.otherOrganization("示例市民政局")).isEqualTo("样例县民政局");
    assertThat(NightlyInbox.otherOrganization("样例县民政局")).isEqualTo("示范区民政局");
    assertThat(NightlyInbox.otherOrganization("样例县人民政府")).isEqualTo("示范区民政局");
  }

  @Test
  void isTenThousandRowsOfWhichAFifthAreReexports() {
    assertThat(Math.round(NightlyInbox.ROWS * NightlyInbox.REEXPORT_SHARE)).isEqualTo(2_000);
  }
}
