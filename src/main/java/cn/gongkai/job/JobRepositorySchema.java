package cn.gongkai.job;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates Spring Batch's tables on first use of a data directory. Batch's script has no
 * "if not exists", so it runs only when the tables are absent.
 */
final class JobRepositorySchema implements InitializingBean {

  private static final String SCRIPT = "org/springframework/batch/core/schema-h2.sql";

  private final DataSource dataSource;

  JobRepositorySchema(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void afterPropertiesSet() throws SQLException {
    if (!tablesExist()) {
      new ResourceDatabasePopulator(new ClassPathResource(SCRIPT)).execute(dataSource);
    }
  }

  private boolean tablesExist() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet tables = connection.getMetaData().getTables(null, null, "BATCH_JOB_INSTANCE", null)) {
      return tables.next();
    }
  }
}
