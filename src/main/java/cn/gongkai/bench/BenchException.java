package cn.gongkai.bench;

/** The bench could not measure what it set out to; the message says what went wrong and where. */
public class BenchException extends RuntimeException {

  public BenchException(String message) {
    super(message);
  }
}
