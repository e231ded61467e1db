package cn.gongkai.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * One writer at a time per data directory, whoever starts it ({@code ingest}, the schedule of
 * {@code serve}, {@code reclassify}, {@code rebuild}, cron): an exclusive lock on
 * {@code ingest.lock}, held for the whole command and released by the operating system if the
 * process dies. The file names the holder (command, pid, since when), so a refused command can say
 * who is writing.
 *
 * <p>On Linux the lock is a POSIX record lock, which the process loses when it closes <em>any</em>
 * descriptor of the file. So a second acquire in the holding process must not open the file at all:
 * the locks this process holds are kept in {@link #HELD}, and such an acquire is refused from there.
 */
public final class RunLock implements AutoCloseable {

  static final String FILE_NAME = "ingest.lock";
  private static final int HOLDER_MAX_BYTES = 1024;

  /** The lock files this process holds, with what they say of their holder. Guarded by itself. */
  private static final Map<Path, String> HELD = new HashMap<>();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * @param command what takes the lock, in the words a refused command shows ({@code reclassify},
   *     {@code ingest of /srv/inbox})
   * @throws RunInProgressException when another command holds the lock, in this process or another
   */
  public static RunLock acquire(Path dataDir, String command) {
    synchronized (HELD) {
      Path file = lockFile(dataDir);
      String heldHere = HELD.get(file);
      if (heldHere != null) {
        throw new RunInProgressException(dataDir, command, heldHere);
      }
      FileChannel channel = open(file);
      try {
        FileLock lock = channel.tryLock();
        if (lock == null) {
          String holder = readHolder(channel); // through our own descriptor: we hold no lock to lose
          channel.close();
          throw new RunInProgressException(dataDir, command, holder);
        }
        String holder = command + ", pid " + ProcessHandle.current().pid() + ", since "
            + Instant.now().truncatedTo(ChronoUnit.SECONDS);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        HELD.put(file, holder);
        return new RunLock(file, channel, lock);
      } catch (OverlappingFileLockException lockedOutsideRunLock) {
        // some code of this process locked the file without RunLock: closing the channel would drop that lock
        throw new IllegalStateException(file + " is locked by this process outside RunLock", lockedOutsideRunLock);
      } catch (IOException e) {
        closeQuietly(channel);
        throw new UncheckedIOException("Could not lock " + file + " (one writer at a time per data directory): "
            + e.getMessage(), e);
      }
    }
  }

  /** The lock file under its real path, so that two spellings of one data directory are one lock. */
  private static Path lockFile(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      return dataDir.toRealPath().resolve(FILE_NAME);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create the data directory " + dataDir + ": " + e.getMessage(), e);
    }
  }

  private static FileChannel open(Path file) {
    try {
      return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open " + file + ": " + e.getMessage(), e);
    }
  }

  private static String readHolder(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(HOLDER_MAX_BYTES);
    while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
      // read on: a holder's line is short, but a read may return part of it
    }
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
  }

  @Override
  public void close() throws IOException {
    synchronized (HELD) {
      try {
        channel.truncate(0);
        lock.release();
      } finally {
        channel.close();
        HELD.remove(file);
      }
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // the failure being reported matters more
    }
  }
}
