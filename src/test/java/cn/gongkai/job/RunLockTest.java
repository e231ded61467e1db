package cn.gongkai.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.testsupport.LockHolder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data directory's lock, between two commands of one process and between two processes. */
class RunLockTest {

  private static final long PID = ProcessHandle.current().pid();

  @TempDir
  Path dataDir;

  @Test
  void aSecondAcquireInTheHoldingProcessIsRefusedNamingTheHolderAndTheFirstStaysHeld() throws Exception {
    try (RunLock first = RunLock.acquire(dataDir, "ingest of /srv/inbox")) {

      assertThatThrownBy(() -> RunLock.acquire(dataDir, "reclassify"))
          .isInstanceOf(RunInProgressException.class)
          .hasMessageContaining("(ingest of /srv/inbox, pid " + PID + ", since ")
          .hasMessageContaining("this reclassify was refused");

      assertThat(LockHolder.isFree(dataDir.resolve(RunLock.FILE_NAME)))
          .as("another process still finds the lock held after the refused acquire").isFalse();
    }
    assertThat(LockHolder.isFree(dataDir.resolve(RunLock.FILE_NAME))).as("released by close").isTrue();
  }

  @Test
  void anAcquireIsRefusedNamingTheCommandAndPidOfAnotherProcessThatHoldsTheLock() throws Exception {
    try (LockHolder holder = LockHolder.hold(dataDir, "rebuild")) {

      assertThatThrownBy(() -> RunLock.acquire(dataDir, "ingest of /srv/inbox"))
          .isInstanceOf(RunInProgressException.class)
          .hasMessageContaining("(rebuild, pid " + holder.pid() + ", since ")
          .hasMessageContaining("this ingest of /srv/inbox was refused");
    }
    try (RunLock afterwards = RunLock.acquire(dataDir, "reclassify")) {
      assertThat(LockHolder.isFree(dataDir.resolve(RunLock.FILE_NAME))).isFalse();
    }
  }

  @Test
  void theLockIsTakenAgainOnceReleasedInTheSameProcess() throws Exception {
    RunLock.acquire(dataDir, "ingest of /srv/inbox").close();

    try (RunLock again = RunLock.acquire(dataDir.resolve(".").resolve("..").resolve(dataDir.getFileName()), "rebuild")) {
      assertThatThrownBy(() -> RunLock.acquire(dataDir, "reclassify")).as("the same directory spelt otherwise")
          .isInstanceOf(RunInProgressException.class).hasMessageContaining("(rebuild, pid " + PID);
    }
  }
}
