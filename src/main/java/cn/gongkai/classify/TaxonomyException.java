package cn.gongkai.classify;

import cn.gongkai.support.ConfigProblemsException;
import java.util.List;

/** The taxonomy cannot be used; every problem in it is listed, each with its place and fix. */
public final class TaxonomyException extends ConfigProblemsException {

  /** @param problems one message per problem, each naming the file; not empty */
  public TaxonomyException(List<String> problems) {
    super("the taxonomy", problems);
  }
}
