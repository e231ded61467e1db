package cn.gongkai.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Pairs of near-duplicates joined into groups: A~B and B~C make one group of three. */
public final class PairGroups {

  private PairGroups() {}

  public static List<Set<String>> of(List<NearDuplicate> pairs) {
    Map<String, String> parent = new HashMap<>();
    for (NearDuplicate pair : pairs) {
      String a = root(parent, pair.firstId());
      String b = root(parent, pair.secondId());
      if (!a.equals(b)) {
        parent.put(b, a);
      }
    }
    Map<String, Set<String>> groups = new TreeMap<>();
    for (String id : parent.keySet()) {
      groups.computeIfAbsent(root(parent, id), r -> new TreeSet<>()).add(id);
    }
    return new ArrayList<>(groups.values());
  }

  private static String root(Map<String, String> parent, String id) {
    String node = parent.computeIfAbsent(id, self -> self);
    while (!node.equals(parent.get(node))) {
      node = parent.get(node);
    }
    return node;
  }
}
