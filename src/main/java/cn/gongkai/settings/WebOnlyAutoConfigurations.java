package cn.gongkai.settings;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out the auto-configurations only {@code serve} needs (the web server, Spring MVC, Actuator,
 * Micrometer, Boot's Jackson) unless the application runs as a servlet web application: every
 * other command would evaluate some eighty of them for nothing, about half a second of each
 * {@code stats}.
 */
public final class WebOnlyAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

  private static final List<String> WEB_ONLY = List.of(
      "org.springframework.boot.actuate.", "org.springframework.boot.micrometer.", "org.springframework.boot.health.",
      "org.springframework.boot.webmvc.", "org.springframework.boot.tomcat.", "org.springframework.boot.servlet.",
      "org.springframework.boot.http.converter.", "org.springframework.boot.jackson.");

  private boolean web;

  @Override
  public void setEnvironment(Environment environment) {
    web = "servlet".equalsIgnoreCase(environment.getProperty("spring.main.web-application-type", ""));
  }

  @Override
  public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
    boolean[] keep = new boolean[candidates.length];
    for (int i = 0; i < candidates.length; i++) {
      String candidate = candidates[i];
      keep[i] = web || candidate == null || WEB_ONLY.stream().noneMatch(candidate::startsWith);
    }
    return keep;
  }
}
