package cn.gongkai.dedup;

import cn.gongkai.publication.PublicationRecord;
import cn.gongkai.support.StableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@link StableId}s of the keys of a publication's rows, derived once for both uses: the
 * document stores them (what a later run's rows are looked up by), and a new publication is named
 * after its smallest key, so the same rows always make the same id.
 *
 * @param sorted every key id of the rows, each once, in ascending order
 * @param ofSmallestKey the id of the smallest key (as text, not as id): the name of a new publication
 */
public record PublicationKeyIds(List<String> sorted, String ofSmallestKey) {

  public PublicationKeyIds {
    sorted = List.copyOf(sorted);
    Objects.requireNonNull(ofSmallestKey, "ofSmallestKey");
  }

  /** The key ids of {@code rows}, which are at least one. */
  public static PublicationKeyIds of(List<PublicationRecord> rows) {
    List<String> ids = new ArrayList<>(rows.size() * 3);
    String smallest = null;
    String ofSmallest = null;
    for (PublicationRecord row : rows) {
      for (String key : PublicationKeys.of(row)) {
        String id = StableId.of(key);
        ids.add(id);
        if (smallest == null || key.compareTo(smallest) < 0) {
          smallest = key;
          ofSmallest = id;
        }
      }
    }
    if (ofSmallest == null) {
      throw new IllegalArgumentException("a publication has at least one row");
    }
    ids.sort(null);
    int distinct = 0;
    for (int i = 0; i < ids.size(); i++) {
      if (distinct == 0 || !ids.get(i).equals(ids.get(distinct - 1))) {
        ids.set(distinct++, ids.get(i));
      }
    }
    return new PublicationKeyIds(ids.subList(0, distinct), ofSmallest);
  }
}
