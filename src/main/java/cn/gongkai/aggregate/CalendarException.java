package cn.gongkai.aggregate;

import cn.gongkai.support.ConfigProblemsException;
import java.util.List;

/** The working-day calendar cannot be used; every problem of every year's file is listed, each with its fix. */
public final class CalendarException extends ConfigProblemsException {

  /** @param problems one message per problem, each naming its file; not empty */
  public CalendarException(List<String> problems) {
    super("the working-day calendar", problems);
  }
}
