package cn.gongkai.node;

import java.nio.file.Path;

/**
 * A local node that is running and answering.
 *
 * @param access for a node started with security, how a client gets in; {@code null} for plain HTTP
 */
public record NodeStatus(String url, long pid, String version, Path home, NodeAccess access) {

  public NodeStatus(String url, long pid, String version, Path home) {
    this(url, pid, version, home, null);
  }
}
