package cn.gongkai.aggregate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The ledger of one kind of regulatory document (规章 or 行政规范性文件) for a year, as the national
 * annual report format asks for it (本年制发件数, 本年废止件数, 现行有效件数).
 *
 * @param issued published in the year
 * @param repealed whose 废止日期 is in the year
 * @param inForce published by the end of the year and not repealed by then
 * @param repealedWithoutDate marked 废止 or 失效 with no 废止日期, published by the end of the year:
 *     not counted in force (it is not, now) nor repealed in any year (when is unknown); the office
 *     should complete their dates
 */
@JsonPropertyOrder({"issued", "repealed", "inForce", "repealedWithoutDate"})
public record RegulatoryFigures(long issued, long repealed, long inForce, long repealedWithoutDate) {

  public static final RegulatoryFigures NONE = new RegulatoryFigures(0, 0, 0, 0);
}
