package cn.gongkai.bench;

/**
 * The Elasticsearch node the bench measured against.
 *
 * @param heapMaxBytes the node's own heap ({@code -Xmx} of its JVM)
 * @param processors the processors the node sees; on one machine, the same cores the application uses
 */
public record NodeFacts(String url, String version, long heapMaxBytes, int processors, String javaVersion) {}
