package cn.gongkai.sample;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Hands out index numbers (索引号) and document numbers (文号), unique for the organization. Numbers
 * rise within each year and series, with small gaps where documents were not made public.
 */
final class DocumentNumbering {

  private final OrganizationNames names;
  private final String creditCode;
  private final Random random;
  /** Last number per series; only looked up, never iterated. */
  private final Map<String, Integer> lastNumbers = new HashMap<>();

  DocumentNumbering(OrganizationNames names, Random random) {
    this.names = names;
    this.creditCode = names.creditCode();
    this.random = random;
  }

  /** The next index number of {@code year}: {@code 11350100MB0123456X/2019-00012}. */
  String nextIndexNo(int year) {
    int sequence = advance("index/" + year, 1 + random.nextInt(3));
    String digits = Integer.toString(sequence);
    return creditCode + "/" + year + "-" + "0".repeat(Math.max(0, 5 - digits.length())) + digits;
  }

  /** A number for a document of {@code year} under {@code policy}; empty when it has none. */
  Optional<DocNumber> nextDocNo(NumberPolicy policy, int year) {
    return kind(policy).map(kind -> new DocNumber(kind, format(kind, year)));
  }

  private Optional<DocNumberKind> kind(NumberPolicy policy) {
    double draw = random.nextDouble();
    return switch (policy) {
      case NONE -> Optional.empty();
      case LETTER -> Optional.of(DocNumberKind.LETTER);
      case ISSUED -> draw < 0.85 ? Optional.of(DocNumberKind.ISSUED) : Optional.empty();
      case RULE -> Optional.of(draw < 0.25 ? DocNumberKind.DECREE : DocNumberKind.NORMATIVE);
      case POLICY -> Optional.of(draw < 0.4 ? DocNumberKind.NORMATIVE
          : draw < 0.85 ? DocNumberKind.ISSUED : DocNumberKind.OFFICE);
    };
  }

  private String format(DocNumberKind kind, int year) {
    if (kind == DocNumberKind.DECREE) {
      String issuer = names.city().isEmpty() ? names.organization() : names.city() + "人民政府";
      return issuer + "令第" + advance("decree", 1) + "号";
    }
    int number = advance(kind.name() + "/" + year, 1 + random.nextInt(2));
    return names.docPrefix() + kind.code() + "〔" + year + "〕" + number + "号";
  }

  private int advance(String series, int step) {
    return lastNumbers.merge(series, step, Integer::sum);
  }
}
