package cn.gongkai.bench;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * What {@code stats --year Y --format json} computes and prints, done in process: the command line
 * hands it to the bench, which times it without the JVM's and the context's start.
 */
@FunctionalInterface
public interface StatsRendering {

  /** The JSON {@code stats} would print for {@code year}, computed in {@code context}. */
  String render(ConfigurableApplicationContext context, int year) throws Exception;
}
