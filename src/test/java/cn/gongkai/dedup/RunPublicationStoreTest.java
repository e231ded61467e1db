package cn.gongkai.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.support.StableId;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A load step's view of the store: its own keys from memory, the others from the store's older view. */
class RunPublicationStoreTest {

  private static final String P1 = StableId.of("p1");
  private static final String P2 = StableId.of("p2");
  private static final String ABSORBED = StableId.of("absorbed");
  private static final String SURVIVOR = StableId.of("survivor");

  private final Map<String, String> olderView = new HashMap<>();
  private final Set<String> askedOfTheStore = new HashSet<>();
  private final RunPublicationStore store = new RunPublicationStore(new PublicationStore() {
    @Override
    public Map<String, String> publicationsByKey(Set<String> keys) {
      askedOfTheStore.addAll(keys);
      Map<String, String> found = new HashMap<>(olderView);
      found.keySet().retainAll(keys);
      return found;
    }

    @Override
    public Map<String, MergedPublication> publications(Set<String> ids) {
      return Map.of();
    }
  });

  @Test
  void answersTheKeysItWroteFromMemoryAndAsksTheStoreForTheOthers() throws IOException {
    olderView.put("K1:GK-2", P2);
    store.remember(batch(Map.of("K1:GK-1", P1)));

    assertThat(store.publicationsByKey(Set.of("K1:GK-1", "K1:GK-2"))).containsExactlyInAnyOrderEntriesOf(
        Map.of("K1:GK-1", P1, "K1:GK-2", P2));
    assertThat(askedOfTheStore).containsExactly("K1:GK-2");
  }

  @Test
  void prefersWhatItWroteOverTheStoresOlderView() throws IOException {
    // the store still shows the key on a publication this step has since absorbed into another
    olderView.put("K2:示例市民政局|示民发〔2019〕3号", ABSORBED);
    store.remember(batch(Map.of("K2:示例市民政局|示民发〔2019〕3号", SURVIVOR)));

    assertThat(store.publicationsByKey(Set.of("K2:示例市民政局|示民发〔2019〕3号")))
        .containsExactly(Map.entry("K2:示例市民政局|示民发〔2019〕3号", SURVIVOR));
    assertThat(askedOfTheStore).isEmpty();
  }

  private static DedupBatch batch(Map<String, String> keyAssignments) {
    return new DedupBatch(List.of(), Set.of(), keyAssignments, List.of());
  }
}
