package cn.gongkai.normalize;

import cn.gongkai.privacy.PersonalData;

/**
 * The personal numbers of one row's stored text masked (去标识化) field by field, and how many there
 * were, for the run summary's count by department. Used once per row.
 */
final class RowMasking {

  private int masked;

  /** {@code text} with its personal numbers masked; null stays null. */
  String mask(String text) {
    if (!PersonalData.mayHoldOne(text)) {
      return text;
    }
    PersonalData.Masked result = PersonalData.mask(text);
    masked += result.total();
    return result.text();
  }

  /** How many numbers the fields masked so far held. */
  int masked() {
    return masked;
  }
}
