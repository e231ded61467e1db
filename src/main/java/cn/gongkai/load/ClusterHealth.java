package cn.gongkai.load;

/**
 * The cluster as its health API answers: green, yellow (replicas missing, data all there) or red
 * (data missing).
 */
public record ClusterHealth(String url, String cluster, String status, int nodes) {

  public boolean red() {
    return "red".equals(status);
  }
}
