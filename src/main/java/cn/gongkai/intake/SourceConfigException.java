package cn.gongkai.intake;

import cn.gongkai.support.ConfigProblemsException;
import java.util.List;

/** The source definitions cannot be used; every problem of every definition file is listed. */
public final class SourceConfigException extends ConfigProblemsException {

  /** @param problems one message per problem, each naming its file; not empty */
  public SourceConfigException(List<String> problems) {
    super("the source definitions", problems);
  }
}
