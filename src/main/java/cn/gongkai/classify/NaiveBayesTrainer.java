package cn.gongkai.classify;

import com.carrotsearch.hppc.LongObjectHashMap;
import com.carrotsearch.hppc.cursors.LongObjectCursor;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the features of labelled titles, category by category, for a multinomial naive Bayes
 * model. Adding is cheap, so training over every declared publication streams through once.
 *
 * <p>Counts also go down: a title taken back ({@link #remove}), or another trainer's counts added
 * ({@link #addAll}), as when a run's changes are added to the counts of the runs before it. The model
 * depends on the counts alone, never on the order they came in: its categories are in name order,
 * and a feature or category whose counts went back to zero is left out, as if never seen.
 */
public final class NaiveBayesTrainer {

  private static final int FORMAT = 1;

  private final Map<String, Integer> categoryIndex = new HashMap<>();
  private final List<String> categoryNames = new ArrayList<>();
  /** Each {@link TitleFeatures feature}'s counts, by category index. */
  private final LongObjectHashMap<int[]> featureCounts = new LongObjectHashMap<>();
  private int[] titles = new int[0];
  private long[] featureTotals = new long[0];

  /** Learns that {@code title} belongs to {@code category}. */
  public void add(String title, String category) {
    count(title, category, 1);
  }

  /** Takes back an {@link #add} of the same title and category (a publication that changed or left). */
  public void remove(String title, String category) {
    count(title, category, -1);
  }

  /** Adds every count of {@code other}, which may be negative (what a run changed). */
  public void addAll(NaiveBayesTrainer other) {
    for (int c = 0; c < other.categoryNames.size(); c++) {
      int index = indexOf(other.categoryNames.get(c));
      titles[index] += other.titles[c];
      featureTotals[index] += other.featureTotals[c];
    }
    for (LongObjectCursor<int[]> feature : other.featureCounts) {
      int[] theirs = feature.value;
      for (int c = 0; c < theirs.length; c++) {
        if (theirs[c] != 0) {
          countsOf(feature.key)[indexOf(other.categoryNames.get(c))] += theirs[c];
        }
      }
    }
  }

  /** How many titles it has learnt from. */
  public int examples() {
    int examples = 0;
    for (int count : titles) {
      examples += count;
    }
    return examples;
  }

  /**
   * The model of what was added so far.
   *
   * @param smoothing the additive (Lidstone) smoothing of feature counts, above 0
   */
  public NaiveBayesModel train(double smoothing) {
    List<String> categories = new ArrayList<>();
    for (String name : categoryNames) {
      if (titles[categoryIndex.get(name)] > 0) {
        categories.add(name);
      }
    }
    categories.sort(null);
    int n = categories.size();
    int[] from = new int[n];
    int[] keptTitles = new int[n];
    long[] keptTotals = new long[n];
    for (int c = 0; c < n; c++) {
      from[c] = categoryIndex.get(categories.get(c));
      keptTitles[c] = titles[from[c]];
      keptTotals[c] = featureTotals[from[c]];
    }
    LongObjectHashMap<int[]> kept = new LongObjectHashMap<>(featureCounts.size());
    for (LongObjectCursor<int[]> feature : featureCounts) {
      int[] counts = feature.value;
      int[] ordered = new int[n];
      boolean seen = false;
      for (int c = 0; c < n; c++) {
        ordered[c] = from[c] < counts.length ? counts[from[c]] : 0;
        seen |= ordered[c] != 0;
      }
      if (seen) {
        kept.put(feature.key, ordered);
      }
    }
    return new NaiveBayesModel(List.copyOf(categories), keptTitles, keptTotals, kept, smoothing);
  }

  /** Its counts, for {@link #readFrom}: categories, their titles and feature totals, then each feature's counts. */
  public void writeTo(DataOutput out) throws IOException {
    out.writeInt(FORMAT);
    out.writeInt(categoryNames.size());
    for (int c = 0; c < categoryNames.size(); c++) {
      out.writeUTF(categoryNames.get(c));
      out.writeInt(titles[c]);
      out.writeLong(featureTotals[c]);
    }
    out.writeInt(featureCounts.size());
    for (LongObjectCursor<int[]> feature : featureCounts) {
      out.writeUTF(TitleFeatures.text(feature.key));
      int[] counts = feature.value;
      int nonZero = 0;
      for (int count : counts) {
        nonZero += count != 0 ? 1 : 0;
      }
      out.writeShort(nonZero); // most features occur in a few categories only
      for (int c = 0; c < counts.length; c++) {
        if (counts[c] != 0) {
          out.writeShort(c);
          out.writeInt(counts[c]);
        }
      }
    }
  }

  /** The counts {@link #writeTo} wrote. */
  public static NaiveBayesTrainer readFrom(DataInput in) throws IOException {
    int format = in.readInt();
    if (format != FORMAT) {
      throw new IOException("trained counts of format " + format + ", this version reads " + FORMAT);
    }
    NaiveBayesTrainer trainer = new NaiveBayesTrainer();
    int categories = in.readInt();
    for (int c = 0; c < categories; c++) {
      int index = trainer.indexOf(in.readUTF());
      trainer.titles[index] = in.readInt();
      trainer.featureTotals[index] = in.readLong();
    }
    int features = in.readInt();
    for (int f = 0; f < features; f++) {
      long feature = TitleFeatures.feature(in.readUTF());
      int[] counts = new int[categories];
      for (int nonZero = in.readShort(); nonZero > 0; nonZero--) {
        int c = in.readShort();
        counts[c] = in.readInt();
      }
      trainer.featureCounts.put(feature, counts);
    }
    return trainer;
  }

  private void count(String title, String category, int by) {
    int index = indexOf(category);
    titles[index] += by;
    for (long feature : TitleFeatures.of(title)) {
      countsOf(feature)[index] += by;
      featureTotals[index] += by;
    }
  }

  /** The feature's counts, as long as the categories so far. */
  private int[] countsOf(long feature) {
    int[] counts = featureCounts.get(feature);
    if (counts == null) {
      counts = new int[titles.length];
      featureCounts.put(feature, counts);
    } else if (counts.length < titles.length) {
      counts = Arrays.copyOf(counts, titles.length);
      featureCounts.put(feature, counts);
    }
    return counts;
  }

  private int indexOf(String category) {
    Integer index = categoryIndex.get(category);
    if (index != null) {
      return index;
    }
    int added = titles.length;
    categoryIndex.put(category, added);
    categoryNames.add(category);
    titles = Arrays.copyOf(titles, added + 1);
    featureTotals = Arrays.copyOf(featureTotals, added + 1);
    return added;
  }
}
