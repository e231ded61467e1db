package cn.gongkai.job;

import org.springframework.aop.scope.ScopedObject;

/**
 * The step's own instance behind a step-scoped proxy. What a load calls for every row (read,
 * normalize, account for it) goes to the instance directly: through the proxy, every call looks the
 * bean up in the scope and allocates its arguments' array, a twentieth of a load's allocations.
 * Only while the step runs: from the factory of another step-scoped bean, or a stream's open.
 */
final class StepTargets {

  private StepTargets() {}

  @SuppressWarnings("unchecked")
  static <T> T of(T bean) {
    return bean instanceof ScopedObject scoped ? (T) scoped.getTargetObject() : bean;
  }
}
