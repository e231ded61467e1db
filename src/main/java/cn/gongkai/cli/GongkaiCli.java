package cn.gongkai.cli;

import cn.gongkai.aggregate.MissingCalendarYearException;
import cn.gongkai.bench.BenchException;
import cn.gongkai.job.RunInProgressException;
import cn.gongkai.load.ElasticsearchUnavailableException;
import cn.gongkai.support.ConfigProblemsException;
import cn.gongkai.node.LocalNodeException;
import org.springframework.boot.context.properties.bind.BindException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The command line of SPEC section 8. Parsing and help need no Spring context; each command starts
 * one ({@link GongkaiContext}) only when it runs.
 */
public final class GongkaiCli {

  /** Exit status of a command that ran but did not succeed (a failed run, an unreachable cluster). */
  public static final int FAILED = 1;

  private GongkaiCli() {}

  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new GongkaiCommand());
    commandLine.setExecutionExceptionHandler(GongkaiCli::handle);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }

  /** Known failures get their message and fix, not a stack trace; anything else is a bug: trace it. */
  private static int handle(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    Throwable known = knownCause(failure);
    if (known != null) {
      err.println("gongkai: " + known.getMessage());
    } else {
      err.println("gongkai: " + commandLine.getCommandName() + " failed unexpectedly:");
      failure.printStackTrace(err);
    }
    err.flush();
    return FAILED;
  }

  private static Throwable rootOf(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static Throwable knownCause(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ElasticsearchUnavailableException || cause instanceof LocalNodeException
          || cause instanceof UserInputException || cause instanceof ConfigProblemsException
          || cause instanceof MissingCalendarYearException || cause instanceof BenchException
          || cause instanceof RunInProgressException) {
        return cause;
      }
      if (cause instanceof BindException) {
        return rootOf(cause); // a configuration value our settings refused: its message says which and why
      }
    }
    return null;
  }
}
