package cn.gongkai.load;

/** What a bulk write did with one publication document. */
public enum WriteResult {
  /** A new publication: it adds to the figures. */
  CREATED,
  /** A document with the same id was already loaded (earlier in this run or in an earlier one). */
  ALREADY_LOADED
}
