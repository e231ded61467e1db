package cn.gongkai.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lists the files of an inbox, recursively, in name order so runs are repeatable. What nobody
 * delivered as an export is set aside, and listed: hidden files ({@code .name}, or under a
 * {@code .folder}), temporary ones (a transfer's {@code .part}, an editor's {@code ~$name} lock),
 * and symbolic links that lead outside the inbox (a link inside it is read as its target). What each
 * of the others is (an export, a workbook, a note) is for the {@link FileInspector} to say.
 */
public final class InboxScanner {

  /** Endings of files still being transferred or edited: a sender delivers under a temporary name, then renames. */
  private static final List<String> TEMPORARY_ENDINGS =
      List.of(".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".filepart", ".swp", "~");

  /** The files to inspect; {@link #survey} also says which were set aside. */
  public List<InboxFile> scan(Path inbox) throws IOException {
    return survey(inbox).files();
  }

  public InboxSurvey survey(Path inbox) throws IOException {
    if (!Files.isDirectory(inbox)) {
      throw Files.exists(inbox)
          ? new NotDirectoryException(inbox + " is not a directory: --inbox takes the folder the exports are dropped in")
          : new NoSuchFileException(inbox + " does not exist: --inbox takes the folder the exports are dropped in");
    }
    Path realInbox = inbox.toRealPath();
    List<InboxFile> files = new ArrayList<>();
    List<SetAsideFile> setAside = new ArrayList<>();
    Map<String, FileTime> times = new HashMap<>();
    try (Stream<Path> paths = Files.walk(inbox)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        String name = inbox.relativize(path).toString();
        if (name.isEmpty() || Files.isDirectory(path) && !Files.isSymbolicLink(path)) {
          continue;
        }
        SetAsideFile.Reason reason = reasonToSetAside(inbox.relativize(path), path, realInbox);
        if (reason != null) {
          setAside.add(new SetAsideFile(name, size(path), reason, message(reason, path)));
        } else if (Files.isRegularFile(path)) {
          files.add(new InboxFile(path, name, size(path)));
          times.put(name, InboxSurvey.modified(path));
        }
      }
    }
    files.sort(Comparator.comparing(InboxFile::name));
    setAside.sort(Comparator.comparing(SetAsideFile::name));
    return new InboxSurvey(files, setAside, times);
  }

  private static SetAsideFile.Reason reasonToSetAside(Path relative, Path path, Path realInbox) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return SetAsideFile.Reason.HIDDEN;
      }
    }
    String fileName = relative.getFileName().toString();
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (fileName.startsWith("~$") || TEMPORARY_ENDINGS.stream().anyMatch(lower::endsWith)) {
      return SetAsideFile.Reason.TEMPORARY;
    }
    return realPathInside(path, realInbox) ? null : SetAsideFile.Reason.LINK_OUTSIDE;
  }

  /** Whether the file, its links followed, is inside the inbox (a folder on its path may be a link too). */
  private static boolean realPathInside(Path path, Path realInbox) {
    try {
      return path.toRealPath().startsWith(realInbox);
    } catch (IOException broken) {
      return false;
    }
  }

  private static String message(SetAsideFile.Reason reason, Path path) {
    return switch (reason) {
      case HIDDEN -> FileMessages.hidden();
      case TEMPORARY -> FileMessages.temporary();
      case LINK_OUTSIDE -> FileMessages.linkOutside(target(path));
      case BEING_WRITTEN -> throw new IllegalArgumentException("known only after the file is read");
    };
  }

  private static String target(Path path) {
    try {
      return Files.isSymbolicLink(path) ? Files.readSymbolicLink(path).toString() : path.toRealPath().toString();
    } catch (IOException e) {
      return "?";
    }
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return -1;
    }
  }
}
