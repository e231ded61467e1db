package cn.gongkai.sample;

import cn.gongkai.dedup.NearDuplicateCandidate;
import cn.gongkai.dedup.PublicationKeys;
import cn.gongkai.intake.FileInspection;
import cn.gongkai.intake.FileInspector;
import cn.gongkai.intake.InboxFile;
import cn.gongkai.intake.SourceCatalog;
import cn.gongkai.intake.SourceFileReader;
import cn.gongkai.intake.SourceRow;
import cn.gongkai.normalize.RowNormalizer;
import cn.gongkai.normalize.RowRejectedException;
import cn.gongkai.publication.PublicationRecord;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generated exports read back as the pipeline reads them: each file inspected (encoding detected)
 * by the real {@link FileInspector}, each row normalized by the real {@link RowNormalizer}, and rows
 * sharing any exact key of {@link PublicationKeys} joined into one publication, transitively.
 */
final class IngestedSample {

  private final Map<String, Charset> charsets = new LinkedHashMap<>();
  private final List<PublicationRecord> records = new ArrayList<>();
  private final Map<String, Integer> rowByKey = new HashMap<>();
  private int[] parent = new int[1024];
  private int rejected;

  private IngestedSample() {
  }

  /** Reads {@code files}, none of which a source describes, as {@code organization}'s exports. */
  static IngestedSample read(List<Path> files, String organization) throws IOException {
    IngestedSample sample = new IngestedSample();
    FileInspector inspector = new FileInspector(SourceCatalog.of(List.of()), organization);
    RowNormalizer normalizer = new RowNormalizer();
    for (Path file : files) {
      String name = file.getFileName().toString();
      FileInspection inspection = inspector.inspect(new InboxFile(file, name, Files.size(file)));
      if (!(inspection instanceof FileInspection.Readable readable)) {
        throw new IllegalStateException(name + " is not readable: " + inspection);
      }
      sample.charsets.put(name, readable.plan().charset());
      try (SourceFileReader reader = new SourceFileReader(readable.file(), readable.plan())) {
        for (SourceRow row = reader.next(); row != null; row = reader.next()) {
          sample.add(row, normalizer);
        }
      }
    }
    return sample;
  }

  /** The encoding the pipeline detected for each file, by file name. */
  Map<String, Charset> charsets() {
    return charsets;
  }

  /** Rows normalized into records. */
  int rows() {
    return records.size();
  }

  /** The records, in file and row order. */
  List<PublicationRecord> records() {
    return Collections.unmodifiableList(records);
  }

  /** Rows the normalizer rejected. */
  int rejected() {
    return rejected;
  }

  /** Publications once rows sharing a key are merged. */
  int publications() {
    int roots = 0;
    for (int row = 0; row < records.size(); row++) {
      roots += root(row) == row ? 1 : 0;
    }
    return roots;
  }

  /**
   * One candidate per publication, as the near-duplicate step sees it: its id, publisher, earliest
   * published date and first row's title (what a merge keeps, SPEC section 5).
   */
  List<NearDuplicateCandidate> candidates() {
    Map<Integer, NearDuplicateCandidate> byRoot = new LinkedHashMap<>();
    for (int row = 0; row < records.size(); row++) {
      PublicationRecord record = records.get(row);
      NearDuplicateCandidate candidate = new NearDuplicateCandidate("p" + root(row),
          record.publisher(), record.publishedDate(), record.title());
      byRoot.merge(root(row), candidate, (kept, other) ->
          other.publishedDate().isBefore(kept.publishedDate())
              ? new NearDuplicateCandidate(kept.id(), kept.publisher(), other.publishedDate(),
                  kept.title())
              : kept);
    }
    return List.copyOf(byRoot.values());
  }

  private void add(SourceRow row, RowNormalizer normalizer) {
    PublicationRecord record;
    try {
      record = normalizer.normalize(row).record();
    } catch (RowRejectedException e) {
      rejected++;
      return;
    }
    int index = records.size();
    records.add(record);
    if (index == parent.length) {
      parent = Arrays.copyOf(parent, parent.length * 2);
    }
    parent[index] = index;
    for (String key : PublicationKeys.of(record)) {
      Integer earlier = rowByKey.putIfAbsent(key, index);
      if (earlier != null) {
        parent[root(index)] = root(earlier);
      }
    }
  }

  private int root(int row) {
    while (parent[row] != row) {
      parent[row] = parent[parent[row]];
      row = parent[row];
    }
    return row;
  }
}
