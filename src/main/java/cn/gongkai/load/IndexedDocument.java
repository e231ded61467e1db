package cn.gongkai.load;

/** A document Gongkai writes, with the stable {@code _id} that makes writing it again a no-op. */
public interface IndexedDocument {

  String id();
}
