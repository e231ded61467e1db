package cn.gongkai;

import cn.gongkai.cli.GongkaiCli;
import cn.gongkai.settings.GongkaiProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.PropertySource;

/**
 * Gongkai: disclosure statistics from departmental publication exports. The command line decides
 * what runs; see {@link GongkaiCli}.
 */
@SpringBootApplication
@EnableConfigurationProperties(GongkaiProperties.class)
@PropertySource("classpath:gongkai-build.properties")
public class GongkaiApplication {

  public static void main(String[] args) {
    System.exit(GongkaiCli.execute(args));
  }
}
