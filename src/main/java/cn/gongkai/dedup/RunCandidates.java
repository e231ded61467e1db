package cn.gongkai.dedup;

import cn.gongkai.publication.PublicationRecord;
import cn.gongkai.support.StableId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The publications one load wrote, as the near-duplicate search and the model's training read them
 * (id, publisher, 发布日期, title, declared 信息类别), kept from the load so that a load into an empty
 * index need not read them back. About 100 bytes a publication: the id as two longs, the publisher as
 * a number, the date as a day, the title and category shared with the written record.
 *
 * <p>Not safe for concurrent writes; read only after the load has ended.
 */
public final class RunCandidates {

  private final Map<String, Integer> publisherNumbers = new HashMap<>();
  private final List<String> publishers = new ArrayList<>();
  private long[] idHigh = new long[1024];
  private long[] idLow = new long[1024];
  private int[] publisher = new int[1024];
  private int[] day = new int[1024];
  private String[] title = new String[1024];
  private String[] declared = new String[1024];
  private int size;
  private int[] sorted;
  private int[] rank;

  /** Positions take 26 bits of a sort key, days 26 (from 1949 to 2100 and far beyond), publishers 11. */
  private static final int MAX_SIZE = 1 << 26;
  private static final int MAX_PUBLISHERS = 1 << 11;
  private static final int DAY_OFFSET = 1 << 25;
  private static final long POSITION_MASK = MAX_SIZE - 1;

  /**
   * A publication written under {@code id} with the (merged) values of {@code record}.
   *
   * @return false when it does not fit (some 67 million publications, or 2,048 publishers): then the
   *     publications are to be read back instead
   */
  public boolean add(String id, PublicationRecord record) {
    if (size == MAX_SIZE || (publishers.size() == MAX_PUBLISHERS && !publisherNumbers.containsKey(record.publisher()))) {
      return false;
    }
    if (size == title.length) {
      int grown = size * 2;
      idHigh = Arrays.copyOf(idHigh, grown);
      idLow = Arrays.copyOf(idLow, grown);
      publisher = Arrays.copyOf(publisher, grown);
      day = Arrays.copyOf(day, grown);
      title = Arrays.copyOf(title, grown);
      declared = Arrays.copyOf(declared, grown);
    }
    long[] bits = StableId.bitsOf(id);
    idHigh[size] = bits[0];
    idLow[size] = bits[1];
    publisher[size] = publisherNumbers.computeIfAbsent(record.publisher(), name -> {
      publishers.add(name);
      return publishers.size() - 1;
    });
    day[size] = (int) record.publishedDate().toEpochDay();
    title[size] = record.title();
    declared[size] = record.declaredCategory();
    size++;
    sorted = null;
    return true;
  }

  public int size() {
    return size;
  }

  /** Each publication with a declared 信息类别, its title and that category, in the order they were written. */
  public void forEachDeclared(BiConsumer<String, String> titleAndCategory) {
    for (int i = 0; i < size; i++) {
      if (declared[i] != null) {
        titleAndCategory.accept(title[i], declared[i]);
      }
    }
  }

  /** A publisher's month with publications. */
  public record PublisherMonth(String publisher, YearMonth month) {}

  /**
   * Every publisher's months with publications, by publisher (in code point order, as Elasticsearch
   * orders keywords), then month.
   */
  public List<PublisherMonth> months() {
    int[] order = sorted();
    List<PublisherMonth> months = new ArrayList<>();
    PublisherMonth last = null;
    for (int at : order) {
      PublisherMonth month = new PublisherMonth(publishers.get(publisher[at]),
          YearMonth.from(LocalDate.ofEpochDay(day[at])));
      if (!month.equals(last)) {
        months.add(month);
        last = month;
      }
    }
    return months;
  }

  /** The publisher's publications published from {@code from} to {@code to}, both included, by date. */
  public List<NearDuplicateCandidate> between(String publisherName, LocalDate from, LocalDate to) {
    Integer number = publisherNumbers.get(publisherName);
    List<NearDuplicateCandidate> found = new ArrayList<>();
    if (number == null) {
      return found;
    }
    int[] order = sorted();
    int at = firstAtOrAfter(order, number, (int) from.toEpochDay());
    long last = to.toEpochDay();
    for (; at < order.length && publisher[order[at]] == number && day[order[at]] <= last; at++) {
      int row = order[at];
      found.add(new NearDuplicateCandidate(StableId.hex(idHigh[row], idLow[row]), publishers.get(number),
          LocalDate.ofEpochDay(day[row]), title[row]));
    }
    return found;
  }

  /** The first position in {@code order} of the publisher's publications on or after the day. */
  private int firstAtOrAfter(int[] order, int number, int fromDay) {
    int low = 0;
    int high = order.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (compare(order[middle], number, fromDay) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private int compare(int row, int number, int fromDay) {
    int byPublisher = Integer.compare(rank[publisher[row]], rank[number]);
    return byPublisher != 0 ? byPublisher : Integer.compare(day[row], fromDay);
  }

  /** Publications by publisher (code point order) and date, in the order they were written within a day. */
  private int[] sorted() {
    if (sorted == null) {
      Integer[] byName = new Integer[publishers.size()];
      for (int i = 0; i < byName.length; i++) {
        byName[i] = i;
      }
      Arrays.sort(byName, (a, b) -> compareNames(publishers.get(a), publishers.get(b)));
      rank = new int[byName.length];
      for (int i = 0; i < byName.length; i++) {
        rank[byName[i]] = i;
      }
      // publisher rank, day and position packed in one long: a primitive sort of a million in ~0.1 s
      long[] keys = new long[size];
      for (int i = 0; i < size; i++) {
        keys[i] = ((long) rank[publisher[i]] << 52) | ((long) (day[i] + DAY_OFFSET) << 26) | i;
      }
      Arrays.sort(keys);
      sorted = new int[size];
      for (int i = 0; i < size; i++) {
        sorted[i] = (int) (keys[i] & POSITION_MASK);
      }
    }
    return sorted;
  }

  /** Code point order: the order of their UTF-8 bytes, in which Elasticsearch sorts keywords. */
  private static int compareNames(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
