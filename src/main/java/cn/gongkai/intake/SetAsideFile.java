package cn.gongkai.intake;

import java.util.Objects;

/**
 * A file of the inbox that is not read, and why: listed in the run summary, so the clerk knows it
 * was seen. None of them is registered as ingested: once fixed (delivered whole, under its final
 * name, inside the inbox) it is read by the next run.
 *
 * @param name the path relative to the inbox
 */
public record SetAsideFile(String name, long size, Reason reason, String message) {

  public SetAsideFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /** Why a file is set aside. */
  public enum Reason {
    /** Its name, or a folder's on its path, starts with a dot. */
    HIDDEN,
    /** A partial download or transfer, an editor's lock or backup: .part, .tmp, ~$…, …~. */
    TEMPORARY,
    /** A symbolic link to somewhere outside the inbox, or to nothing. */
    LINK_OUTSIDE,
    /** Its size or time changed while the run looked at it: still being written. */
    BEING_WRITTEN
  }
}
