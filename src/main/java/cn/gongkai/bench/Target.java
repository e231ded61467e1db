package cn.gongkai.bench;

import java.util.Objects;

/**
 * One of the targets, with what this run measured. Reported, never enforced: a bench on a
 * busy or smaller machine still says what it saw.
 *
 * @param goal the target in words, e.g. {@code ≥ 0.75}
 * @param measured what was measured, in words, e.g. {@code 0.81}
 */
public record Target(String name, String goal, String measured, boolean met) {

  public Target {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(measured, "measured");
  }
}
