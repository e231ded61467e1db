package cn.gongkai.serve;

import cn.gongkai.load.ClusterHealth;
import cn.gongkai.load.ElasticsearchConnection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code elasticsearch} in {@code /actuator/health}: UP while the cluster answers green or yellow. */
@Component("elasticsearch")
@ConditionalOnWebApplication
class ElasticsearchHealth implements HealthIndicator {

  private final ElasticsearchConnection connection;

  ElasticsearchHealth(ElasticsearchConnection connection) {
    this.connection = connection;
  }

  @Override
  public Health health() {
    try {
      ClusterHealth cluster = connection.health();
      return (cluster.red() ? Health.down() : Health.up())
          .withDetail("url", cluster.url())
          .withDetail("cluster", cluster.cluster())
          .withDetail("status", cluster.status())
          .withDetail("nodes", cluster.nodes())
          .build();
    } catch (Exception e) {
      return Health.down().withDetail("error", e.getMessage() == null ? e.toString() : e.getMessage()).build();
    }
  }
}
