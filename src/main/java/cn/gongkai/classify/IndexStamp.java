package cn.gongkai.classify;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * What a file an ingest run leaves for the next one describes: the publications index, the
 * taxonomy, and the index's state when the run ended (its latest run and how many declared
 * publications it held). The next run uses the file only if the index is still in that state when
 * it begins; any other ingest run that wrote a publication since moved {@code latestRun}.
 *
 * @param index the concrete publications index
 * @param taxonomySha256 the taxonomy the run classified with
 * @param latestRun the latest run that had written a publication of the index
 * @param declared how many publications of the index had a declared category
 */
public record IndexStamp(String index, String taxonomySha256, long latestRun, long declared) {

  public void writeTo(DataOutput out) throws IOException {
    out.writeUTF(index);
    out.writeUTF(taxonomySha256);
    out.writeLong(latestRun);
    out.writeLong(declared);
  }

  public static IndexStamp readFrom(DataInput in) throws IOException {
    return new IndexStamp(in.readUTF(), in.readUTF(), in.readLong(), in.readLong());
  }
}
