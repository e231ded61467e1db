package cn.gongkai.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a look at the inbox found: the files to inspect, in name order, and the files set aside. It
 * remembers each file's size and time as listed, so that a file that changes while the run reads
 * it can be set aside as still being written ({@link #changedSince}).
 */
public record InboxSurvey(List<InboxFile> files, List<SetAsideFile> setAside, Map<String, FileTime> listedTimes) {

  public InboxSurvey {
    files = List.copyOf(files);
    setAside = List.copyOf(setAside);
    listedTimes = Map.copyOf(listedTimes);
  }

  /** The file set aside as still being written, when its size or time is no longer what was listed. */
  public Optional<SetAsideFile> changedSince(InboxFile file) {
    try {
      BasicFileAttributes now = Files.readAttributes(file.path(), BasicFileAttributes.class);
      if (now.size() == file.size() && now.lastModifiedTime().equals(listedTimes.get(file.name()))) {
        return Optional.empty();
      }
      return Optional.of(new SetAsideFile(file.name(), now.size(), SetAsideFile.Reason.BEING_WRITTEN,
          FileMessages.beingWritten(file.size(), now.size())));
    } catch (IOException gone) {
      return Optional.of(new SetAsideFile(file.name(), file.size(), SetAsideFile.Reason.BEING_WRITTEN,
          FileMessages.beingWritten(file.size(), -1)));
    }
  }

  static FileTime modified(Path path) {
    try {
      return Files.getLastModifiedTime(path);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
