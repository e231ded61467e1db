package cn.gongkai.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The user the node runs as. Elasticsearch refuses to run as root, and these machines (and CI) run
 * everything as root, so as root the node runs as {@code nobody:nogroup} through setpriv, owning the
 * directories it writes. As anyone else it runs as that user.
 */
final class ProcessUser {

  static final String USER = "nobody";
  static final String GROUP = "nogroup";

  private final boolean root;

  ProcessUser(boolean root) {
    this.root = root;
  }

  static ProcessUser current() {
    try {
      // the owner of /proc/self is the effective user of this process, whatever user.name says
      return new ProcessUser(((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0);
    } catch (IOException | UnsupportedOperationException e) {
      return new ProcessUser("root".equals(System.getProperty("user.name")));
    }
  }

  boolean dropsPrivileges() {
    return root;
  }

  /**
   * Whether the node's user can reach {@code directory}: every existing directory on the way must let
   * others through. Typically false under /root, whose mode is 700.
   */
  boolean canReach(Path directory) {
    if (!root) {
      return true;
    }
    for (Path dir = directory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir) && !letsOthersThrough(dir)) {
        return false;
      }
    }
    return true;
  }

  private static boolean letsOthersThrough(Path dir) {
    try {
      return Files.getPosixFilePermissions(dir).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
    } catch (IOException | UnsupportedOperationException e) {
      return true; // cannot tell: let the start try, its failure quotes the node's log
    }
  }

  /** The command that runs {@code command} as the node's user, with exactly {@code environment}. */
  List<String> wrap(List<String> command, Map<String, String> environment) {
    List<String> wrapped = new ArrayList<>();
    if (root) {
      wrapped.addAll(List.of("setpriv", "--reuid=" + USER, "--regid=" + GROUP, "--clear-groups", "--reset-env", "env"));
      environment.forEach((key, value) -> wrapped.add(key + "=" + value));
    }
    wrapped.addAll(command);
    return wrapped;
  }

  /** Hands the directories the node writes to the node's user (a no-op unless we are root). */
  void giveAway(List<Path> directories) {
    if (!root) {
      return;
    }
    try {
      UserPrincipalLookupService lookup = directories.get(0).getFileSystem().getUserPrincipalLookupService();
      UserPrincipal user = lookup.lookupPrincipalByName(USER);
      GroupPrincipal group = lookup.lookupPrincipalByGroupName(GROUP);
      for (Path directory : directories) {
        try (Stream<Path> paths = Files.walk(directory)) {
          for (Path path : paths.toList()) {
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            view.setOwner(user);
            view.setGroup(group);
          }
        }
      }
    } catch (IOException e) {
      throw new LocalNodeException("Running as root, the node must run as " + USER + ":" + GROUP
          + ", but its directories could not be handed over: " + e.getMessage(), e);
    }
  }
}
