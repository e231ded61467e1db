package cn.gongkai.intake;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file found in the inbox.
 *
 * @param name the path relative to the inbox, used in messages, provenance and summaries
 */
public record InboxFile(Path path, String name, long size) {

  public InboxFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
  }

  /** The extension, lower-cased, without the dot; empty when there is none. */
  public String extension() {
    String fileName = path.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
  }

  /** The name without directory and extension: the department of a file no source describes. */
  public String stem() {
    String fileName = path.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
