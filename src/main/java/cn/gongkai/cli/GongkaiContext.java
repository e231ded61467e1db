package cn.gongkai.cli;

import cn.gongkai.GongkaiApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the application context for a command. The configuration directory is GONGKAI_CONFIG, else
 * the checkout's config/ (GONGKAI_HOME, which the launcher sets), else ./config: so the launcher works
 * from any working directory, cron's included.
 */
final class GongkaiContext {

  private GongkaiContext() {}

  static ConfigurableApplicationContext start() {
    return start(Map.of());
  }

  /**
   * @param overrides properties that win over every configuration source, for commands that run the
   *     application under settings of their own (the bench's index prefixes); empty for none
   */
  static ConfigurableApplicationContext start(Map<String, Object> overrides) {
    Path configDir = configDir();
    if (!Files.isDirectory(configDir)) {
      throw new UserInputException("No configuration directory at " + configDir + ": run Gongkai through jobs/gongkai "
          + "(it sets GONGKAI_HOME), or set GONGKAI_CONFIG to the directory holding application.yml");
    }
    System.setProperty("spring.config.additional-location", "optional:file:" + configDir + "/");
    SpringApplication application = new SpringApplication(GongkaiApplication.class);
    application.setDefaultProperties(Map.of("gongkai.config-dir", configDir.toString()));
    if (!overrides.isEmpty()) {
      // first in the environment, so neither config/application.yml nor a -D option can win over them;
      // added as soon as the environment is prepared, before spring.main.* (the web server) is bound
      Map<String, Object> copy = Map.copyOf(overrides);
      application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> event.getEnvironment()
          .getPropertySources().addFirst(new MapPropertySource("gongkai-overrides", copy)));
    }
    return application.run();
  }

  static Path configDir() {
    String explicit = System.getenv("GONGKAI_CONFIG");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit).toAbsolutePath().normalize();
    }
    String home = System.getenv("GONGKAI_HOME");
    return Path.of(home == null || home.isBlank() ? "." : home, "config").toAbsolutePath().normalize();
  }
}
