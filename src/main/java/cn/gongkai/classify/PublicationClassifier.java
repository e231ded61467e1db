package cn.gongkai.classify;

import cn.gongkai.publication.PublicationRecord;

/**
 * Gives every publication a category. For now the declared category as written, else 其他; the
 * taxonomy mapping, rules and the statistical model of SPEC section 6 come between the two.
 */
public final class PublicationClassifier {

  public Classification classify(PublicationRecord record) {
    return record.declaredCategory() != null
        ? Classification.declared(record.declaredCategory())
        : Classification.byDefault();
  }
}
