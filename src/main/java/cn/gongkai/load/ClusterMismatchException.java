package cn.gongkai.load;

/**
 * Something answered at the cluster's address, but not an Elasticsearch Gongkai works with: another
 * version, OpenSearch, another server. Never reported as "not reachable", which would send an
 * operator chasing the network.
 */
public class ClusterMismatchException extends ElasticsearchUnavailableException {

  public ClusterMismatchException(String message) {
    super(message, null);
  }
}
