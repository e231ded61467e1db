package cn.gongkai.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Lists the export files of an inbox: {@code *.csv} files, in name order so runs are repeatable. */
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
          .filter(path -> path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
          .map(path -> new InboxFile(path, inbox.relativize(path).toString(), size(path)))
          .sorted(java.util.Comparator.comparing(InboxFile::name))
          .toList();
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
