package cn.gongkai.cli;

/** The command was given something it cannot work with; the message says what to give instead. */
public class UserInputException extends RuntimeException {

  public UserInputException(String message) {
    super(message);
  }
}
