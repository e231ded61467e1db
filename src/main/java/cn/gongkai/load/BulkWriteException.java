package cn.gongkai.load;

/** Elasticsearch refused documents of a bulk request; the message quotes its reasons. */
public class BulkWriteException extends RuntimeException {

  public BulkWriteException(String message) {
    super(message);
  }
}
