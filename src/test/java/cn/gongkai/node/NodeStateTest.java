package cn.gongkai.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NodeStateTest {

  @TempDir
  Path home;

  @Test
  void readsBackWhatItWrote() throws IOException {
    NodeState state = new NodeState(4242, 9231, "9.2.8");

    state.write(home);

    assertThat(NodeState.read(home)).contains(new NodeState(4242, 9231, "9.2.8"));
    assertThat(home.resolve(NodeState.FILE_NAME)).isRegularFile();
    assertThat(home.resolve(NodeState.FILE_NAME + ".tmp")).doesNotExist();
  }

  @Test
  void aSecuredNodeOfALocalClusterKeepsItsTransportPortAndIsReachedOverHttps() throws IOException {
    new NodeState(4242, 9231, 9331, "9.2.8", true).write(home);

    NodeState read = NodeState.read(home).orElseThrow();
    assertThat(read.transportPort()).isEqualTo(9331);
    assertThat(read.url()).isEqualTo("https://127.0.0.1:9231");
  }

  @Test
  void replacesAnEarlierState() throws IOException {
    new NodeState(1, 9200, "9.2.4").write(home);

    new NodeState(2, 9201, "9.2.8").write(home);

    assertThat(NodeState.read(home)).contains(new NodeState(2, 9201, "9.2.8"));
  }

  @Test
  void readsAsEmptyWhenNoNodeLeftAState() {
    assertThat(NodeState.read(home)).isEmpty();
  }

  @Test
  void readsAsEmptyAfterDeletion() throws IOException {
    new NodeState(4242, 9231, "9.2.8").write(home);

    NodeState.delete(home);

    assertThat(NodeState.read(home)).isEmpty();
    assertThat(home.resolve(NodeState.FILE_NAME)).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "",
      "pid=4242\n",
      "pid=4242\nport=",
      "pid=4242\nport=92\n",
      "pid=4242\nport=nine\nversion=9.2.8\n",
      "pid=\nport=9231\nversion=9.2.8\n",
      "<?xml version=\"1.0\"?><node/>",
      "cluster.name: gongkai\nhttp.port: 9231\n"})
  void readsATornOrForeignFileAsEmpty(String content) throws IOException {
    Files.writeString(home.resolve(NodeState.FILE_NAME), content);

    assertThat(NodeState.read(home)).isEmpty();
  }

  @Test
  void readsADirectoryInPlaceOfTheFileAsEmpty() throws IOException {
    Files.createDirectories(home.resolve(NodeState.FILE_NAME));

    assertThat(NodeState.read(home)).isEmpty();
  }

  @Test
  void givesTheLoopbackUrlOfItsPort() {
    assertThat(new NodeState(1, 9231, "9.2.8").url()).isEqualTo("http://127.0.0.1:9231");
  }

  @Test
  void knowsTheCurrentProcessIsAlive() {
    assertThat(new NodeState(ProcessHandle.current().pid(), 9231, "9.2.8").processAlive()).isTrue();
  }

  @Test
  void knowsAProcessThatDoesNotExistIsNotAlive() {
    long pid = Integer.MAX_VALUE; // Linux pids stop at 2^22 (PID_MAX_LIMIT)
    assertThat(ProcessHandle.of(pid)).as("no process has pid %d", pid).isEmpty();

    assertThat(new NodeState(pid, 9231, "9.2.8").processAlive()).isFalse();
  }

  @Test
  void knowsAProcessThatHasEndedIsNotAlive() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();

    assertThat(new NodeState(ended.pid(), 9231, "9.2.8").processAlive()).isFalse();
  }
}
