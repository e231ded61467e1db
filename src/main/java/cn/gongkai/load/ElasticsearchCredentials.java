package cn.gongkai.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * How the client proves who it is to a secured cluster: a user and password, an API key, or
 * nothing. The secret is only ever put in the Authorization header: {@link #toString()} and every
 * message name the user and where the credentials came from, never the password or key.
 *
 * @param source where they came from, for messages ("GONGKAI_ES_USERNAME", a file's path)
 */
public record ElasticsearchCredentials(String username, String password, String apiKey, String source) {

  public static final ElasticsearchCredentials NONE = new ElasticsearchCredentials(null, null, null, "none");

  public ElasticsearchCredentials {
    username = blankToNull(username);
    password = blankToNull(password);
    apiKey = blankToNull(apiKey);
  }

  public static ElasticsearchCredentials basic(String username, String password, String source) {
    return new ElasticsearchCredentials(username, password, null, source);
  }

  public static ElasticsearchCredentials apiKey(String apiKey, String source) {
    return new ElasticsearchCredentials(null, null, apiKey, source);
  }

  /**
   * A credentials file: Java properties with {@code username} and {@code password}, or {@code
   * api-key} (the encoded key Elasticsearch returns, or {@code id:api_key}).
   */
  public static ElasticsearchCredentials fromFile(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new ElasticsearchUnavailableException("Cannot read the Elasticsearch credentials file " + file + " ("
          + e.getClass().getSimpleName() + "); check GONGKAI_ES_CREDENTIALS (gongkai.elasticsearch.credentials-file)", e);
    }
    ElasticsearchCredentials credentials = new ElasticsearchCredentials(properties.getProperty("username"),
        properties.getProperty("password"), properties.getProperty("api-key"), file.toString());
    if (!credentials.present() || (credentials.username != null) != (credentials.password != null)) {
      throw new ElasticsearchUnavailableException("The Elasticsearch credentials file " + file + " must hold "
          + "username= and password=, or api-key= (Java properties), none of them empty; it holds "
          + (properties.isEmpty() ? "nothing"
              : String.join(", ", properties.stringPropertyNames().stream().sorted().toList())), null);
    }
    return credentials;
  }

  public boolean present() {
    return apiKey != null || username != null;
  }

  /** The value of the Authorization header, when there are credentials. */
  Optional<String> authorization() {
    if (apiKey != null) {
      String key = apiKey.contains(":") ? Base64.getEncoder().encodeToString(apiKey.getBytes(StandardCharsets.UTF_8))
          : apiKey;
      return Optional.of("ApiKey " + key);
    }
    if (username != null) {
      String pair = username + ":" + (password == null ? "" : password);
      return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return Optional.empty();
  }

  /** Who, for messages: never the secret. */
  public String describe() {
    if (apiKey != null) {
      return "an API key from " + source;
    }
    if (username != null) {
      return "user '" + username + "' from " + source;
    }
    return "no credentials";
  }

  @Override
  public String toString() {
    return "ElasticsearchCredentials[" + describe() + "]";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
