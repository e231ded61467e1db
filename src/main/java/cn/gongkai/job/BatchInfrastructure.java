package cn.gongkai.job;

import cn.gongkai.settings.GongkaiProperties;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The persistent job repository: an H2 database file under the data directory, so job history and
 * restart state survive the process. Configured with Spring Batch's own annotations (Boot's batch
 * auto-configuration module is not available for the Boot version we can fetch; see pom.xml).
 * AUTO_SERVER lets several processes of one installation share the file.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository
class BatchInfrastructure {

  @Bean
  DataSource dataSource(GongkaiProperties properties) {
    String file = properties.dataDir().resolve("jobrepo").resolve("gongkai").toString();
    return DataSourceBuilder.create()
        .url("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE")
        .username("sa")
        .password("")
        .build();
  }

  @Bean
  JobRepositorySchema jobRepositorySchema(DataSource dataSource) {
    return new JobRepositorySchema(dataSource);
  }
}
