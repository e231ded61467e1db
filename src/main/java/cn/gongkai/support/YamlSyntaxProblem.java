package cn.gongkai.support;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * Says in one line what is wrong with a definition file's YAML. The YAML parser's own message spans
 * several lines with code snippets; its unindented lines are the sentences, the last mark the place.
 */
public final class YamlSyntaxProblem {

  private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");
  // A plain value may not start with these: * is an alias, | and > a block, , a flow separator.
  private static final Pattern NEEDS_QUOTES = Pattern.compile("^\\s*(?:-\\s+)?([^:#'\"]+):\\s+([*&!|>,%@`].*?)\\s*$");

  private YamlSyntaxProblem() {}

  /** The problem {@code e} reports in {@code yaml}, with its line and, where likely, the fix. */
  public static String describe(StreamReadException e, String yaml) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    Place place = place(message, e.getLocation());
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.find()) {
      return "key '" + duplicate.group(1) + "' is written twice" + place + "; keep one";
    }
    String sentences = Arrays.stream(message.split("\n"))
        .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
        .collect(Collectors.joining(": "));
    return "is not valid YAML: " + sentences + place + quotingHint(yaml, place.line());
  }

  /** Where the parser's last mark points, else where the token stream stopped. */
  private static Place place(String message, TokenStreamLocation location) {
    Matcher mark = MARK.matcher(message);
    Place place = location == null ? new Place(-1, -1) : new Place(location.getLineNr(), location.getColumnNr());
    while (mark.find()) {
      place = new Place(Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2)));
    }
    return place;
  }

  private static String quotingHint(String yaml, int line) {
    String[] lines = yaml.split("\n", -1);
    Matcher value = line < 1 || line > lines.length ? null : NEEDS_QUOTES.matcher(lines[line - 1]);
    if (value == null || !value.find()) {
      return "";
    }
    return " (a value starting with * & ! | > , % @ or ` must be quoted: "
        + value.group(1).strip() + ": '" + value.group(2) + "')";
  }

  private record Place(int line, int column) {
    @Override
    public String toString() {
      return line < 1 ? "" : " (line " + line + ", column " + column + ")";
    }
  }
}
