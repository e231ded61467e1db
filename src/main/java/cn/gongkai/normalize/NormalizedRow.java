package cn.gongkai.normalize;

import cn.gongkai.publication.PublicationRecord;
import java.util.List;
import java.util.Objects;

/**
 * A row that became a publication record.
 *
 * @param unknownChannels channel values the vocabulary did not know, folded into 其他; the run
 *     summary counts them so the clerk can correct the export (empty when all were known)
 * @param personalData how many identity, mobile and bank card numbers were masked in its title and
 *     summary before it went any further; the run summary counts them by department
 */
public record NormalizedRow(PublicationRecord record, List<String> unknownChannels, int personalData) {

  public NormalizedRow {
    Objects.requireNonNull(record, "record");
    unknownChannels = List.copyOf(unknownChannels);
  }

  public NormalizedRow(PublicationRecord record, List<String> unknownChannels) {
    this(record, unknownChannels, 0);
  }
}
