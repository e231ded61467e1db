package cn.gongkai.normalize;

import cn.gongkai.publication.PublicationRecord;
import java.util.List;
import java.util.Objects;

/**
 * A row that became a publication record.
 *
 * @param unknownChannels channel values the vocabulary did not know, folded into 其他; the run
 *     summary counts them so the clerk can correct the export (empty when all were known)
 */
public record NormalizedRow(PublicationRecord record, List<String> unknownChannels) {

  public NormalizedRow {
    Objects.requireNonNull(record, "record");
    unknownChannels = List.copyOf(unknownChannels);
  }
}
