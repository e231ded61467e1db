package cn.gongkai.load;

import cn.gongkai.dedup.NearDuplicate;
import cn.gongkai.support.StableId;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** A probable duplicate pair, as listed for review in the near-duplicates index. */
public record NearDuplicateDocument(
    @JsonIgnore String id, String publisher, String firstId, String firstTitle, String firstDate, String secondId,
    String secondTitle, String secondDate, double similarity, boolean merged, long run, String foundAt)
    implements IndexedDocument {

  public static NearDuplicateDocument of(NearDuplicate pair, boolean merged, long run, String foundAt) {
    return new NearDuplicateDocument(StableId.of(pair.firstId() + "|" + pair.secondId()), pair.publisher(),
        pair.firstId(), pair.firstTitle(), pair.firstDate().toString(), pair.secondId(), pair.secondTitle(),
        pair.secondDate().toString(), pair.similarity(), merged, run, foundAt);
  }
}
