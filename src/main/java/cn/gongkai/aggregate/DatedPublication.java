package cn.gongkai.aggregate;

import java.time.LocalDate;

/**
 * What timeliness needs of a publication: its dates, and what names it in the list of late ones.
 *
 * @param created the 生成日期, or {@code null} when the export had none
 */
record DatedPublication(String department, String title, String docNo, LocalDate created, LocalDate published) {}
