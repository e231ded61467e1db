package cn.gongkai.intake;

import cn.gongkai.support.YamlConfigReader;
import java.util.List;
import java.util.Map;

/**
 * A source definition file as written: every key as text, {@code null} where the file leaves it out.
 * {@link SourceConversion} turns it into a {@link SourceDefinition}.
 */
record SourceBinding(
    String name, String files, String organization, String department, String charset,
    String delimiter, Map<String, String> headers, String dateFormat, String register) {

  /** The keys a definition file may use, in the order the documentation lists them. */
  static List<String> keys() {
    return YamlConfigReader.keys(SourceBinding.class);
  }
}
