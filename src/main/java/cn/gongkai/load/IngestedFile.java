package cn.gongkai.load;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An export file a completed run ingested, as kept in the files index: its content checksum (the
 * document id), its name when it came, its size, the run and the time.
 */
public record IngestedFile(@JsonIgnore String checksum, String file, long size, long run, String ingestedAt)
    implements IndexedDocument {

  @Override
  public String id() {
    return checksum;
  }
}
