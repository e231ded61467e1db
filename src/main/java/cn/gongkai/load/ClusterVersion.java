package cn.gongkai.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the Elasticsearch a connection talks to, and whether Gongkai speaks to it: 8.19 and
 * later 8.x through the REST API compatibility of the 9.x client (requests marked
 * {@code compatible-with=8}), and 9.x natively. 8.19 is the oldest tested; the client's answers
 * rely on fields older 8.x releases do not send.
 */
public record ClusterVersion(int major, int minor, String text) {

  /** Supported, in words: what a refusal names. */
  public static final String SUPPORTED = "Elasticsearch 8.19 or a later 8.x, or 9.x";
  private static final Pattern NUMBERS = Pattern.compile("^(\\d+)\\.(\\d+)");

  /** The version a node reports ({@code 8.19.0}, {@code 9.2.8-SNAPSHOT}); empty when it is not one. */
  public static Optional<ClusterVersion> parse(String text) {
    Matcher numbers = NUMBERS.matcher(text == null ? "" : text.strip());
    if (!numbers.find()) {
      return Optional.empty();
    }
    return Optional.of(new ClusterVersion(Integer.parseInt(numbers.group(1)), Integer.parseInt(numbers.group(2)),
        text.strip()));
  }

  public boolean supported() {
    return major == 9 || (major == 8 && minor >= 19);
  }

  /** The API version to ask it for: its own major, which the 9.x client speaks as itself or through compatibility. */
  public int compatibleWith() {
    return major;
  }

  @Override
  public String toString() {
    return text;
  }
}
