package cn.gongkai.node;

/** The local node could not be provisioned, started or stopped; the message says how to fix it. */
public class LocalNodeException extends RuntimeException {

  public LocalNodeException(String message) {
    super(message);
  }

  public LocalNodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
