package cn.gongkai.load;

/** The cluster could not be reached or refused us; the message names the URL and what to check. */
public class ElasticsearchUnavailableException extends RuntimeException {

  public ElasticsearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
