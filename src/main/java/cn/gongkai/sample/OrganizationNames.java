package cn.gongkai.sample;

import java.util.Objects;

/**
 * The names derived from the organization that titles and numbers repeat: for 示例市民政局 the city
 * 示例市, the short name 市民政局, the document-number prefix 示民 and a unified social credit code.
 */
record OrganizationNames(String organization) {

  private static final String LEVELS = "市县区";

  OrganizationNames {
    Objects.requireNonNull(organization, "organization");
  }

  /** The administrative area up to its last 市/县/区, or empty when the name has none. */
  String city() {
    int end = levelEnd();
    return end < 0 ? "" : organization.substring(0, end + 1);
  }

  /** The name as the bureau calls itself in news titles (市民政局), or the full name. */
  String shortName() {
    int end = levelEnd();
    return end < 0 ? organization : organization.substring(end);
  }

  /** The issuing-authority prefix of document numbers: first character plus the domain (示民). */
  String docPrefix() {
    String domain = organization.contains("民政") ? "民"
        : organization.contains("人力资源") ? "人社" : "";
    return organization.substring(0, 1) + domain;
  }

  /**
   * An 18-character code in the form of a unified social credit code, fixed for the organization
   * (String.hashCode is specified, so the code is the same on every JVM).
   */
  String creditCode() {
    long digits = Math.floorMod(organization.hashCode(), 10_000_000);
    return String.format("11350100MB%07dX", digits);
  }

  private int levelEnd() {
    int end = -1;
    for (char level : LEVELS.toCharArray()) {
      int at = organization.lastIndexOf(level, organization.length() - 2);
      end = Math.max(end, at);
    }
    return end;
  }
}
