package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.aggregate.RegisterFigures;
import cn.gongkai.aggregate.TimelinessFigures;
import cn.gongkai.application.ApplicationTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegisterTablesTest {

  @Test
  void aTableWhoseIdentitiesDoNotHoldIsReportedCellByCell() {
    Map<String, List<Long>> typedIn = new LinkedHashMap<>();
    typedIn.put("本年新收", List.of(1L, 0L, 0L, 0L, 0L, 0L, 1L));
    typedIn.put("结转下年度继续办理", List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L));
    ApplicationTable table = ApplicationTable.ofCells(2024, typedIn);
    Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
    for (String key : ApplicationTable.rowKeys()) {
      Map<String, Long> row = new LinkedHashMap<>();
      for (int i = 0; i < ApplicationTable.COLUMNS.size(); i++) {
        row.put(ApplicationTable.COLUMNS.get(i), table.row(key).get(i));
      }
      rows.put(key, row);
    }
    RegisterFigures.Applications applications = new RegisterFigures.Applications(ApplicationTable.COLUMNS,
        rows, table.crossChecks(), new RegisterFigures.Deadline(0, 0, 0, 0, 0, Map.of()), Map.of());

    List<ReportTable> tables = RegisterTables.of(figures().withRegisters(applications, null));

    ReportTable checks = tables.stream().filter(written -> written.id().equals("applications-checks")).findFirst().orElseThrow();
    assertThat(checks.rows()).containsExactly(
        List.of("column 自然人: 一、本年新收 (1) + 二、上年结转 (0) = 1, but （七）总计 (0) + 四、结转下年度继续办理 (0) = 0",
            "不成立"),
        List.of("column 总计: 一、本年新收 (1) + 二、上年结转 (0) = 1, but （七）总计 (0) + 四、结转下年度继续办理 (0) = 0",
            "不成立"));
  }

  @Test
  void withoutRegistersThereAreNoPartsThreeAndFour() {
    assertThat(RegisterTables.of(figures())).isEmpty();
  }

  private static PublicationFigures figures() {
    var publications = new PublicationFigures.Publications(0, 0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
        Map.of(), Map.of(), Map.of());
    return new PublicationFigures(2024, "示例市民政局", publications, Map.of(),
        new TimelinessFigures(20, 0, 0, 0, 0, 2007, Map.of(), List.of(), List.of()), Map.of());
  }
}
