package cn.gongkai.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the files of an inbox, recursively, in name order so runs are repeatable. Hidden files
 * ({@code .name}) and Office lock files ({@code ~$name}) are left out: nobody delivered them. What
 * each of the others is (an export, a workbook, a note) is for the {@link FileInspector} to say.
 */
public final class InboxScanner {

  public List<InboxFile> scan(Path inbox) throws IOException {
    if (!Files.isDirectory(inbox)) {
      throw Files.exists(inbox)
          ? new NotDirectoryException(inbox + " is not a directory: --inbox takes the folder the exports are dropped in")
          : new NoSuchFileException(inbox + " does not exist: --inbox takes the folder the exports are dropped in");
    }
    try (Stream<Path> paths = Files.walk(inbox)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(path -> !isHiddenOrLock(inbox.relativize(path)))
          .map(path -> new InboxFile(path, inbox.relativize(path).toString(), size(path)))
          .sorted(Comparator.comparing(InboxFile::name))
          .toList();
    }
  }

  private static boolean isHiddenOrLock(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith(".") || name.startsWith("~$")) {
        return true;
      }
    }
    return false;
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return -1;
    }
  }
}
