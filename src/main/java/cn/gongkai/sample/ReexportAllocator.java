package cn.gongkai.sample;

import java.util.Random;

/**
 * Decides how many times the office re-exports each publication another department created, so
 * that the re-exports add up to exactly the spec's duplicate rows. Each departmental publication,
 * as it comes, takes its fair part of what is left (a publication is re-exported more than once
 * only when re-exports outnumber departmental publications).
 */
final class ReexportAllocator {

  private int reexportsLeft;
  private int publicationsLeft;

  /**
   * @param reexports re-export rows to hand out
   * @param departmentalPublications publications of departments other than the office that will be
   *     offered; must be positive when {@code reexports} is
   */
  ReexportAllocator(int reexports, int departmentalPublications) {
    if (reexports > 0 && departmentalPublications <= 0) {
      throw new IllegalArgumentException("nothing to re-export " + reexports + " times");
    }
    this.reexportsLeft = reexports;
    this.publicationsLeft = departmentalPublications;
  }

  /** How many times the office re-exports the next publication of {@code department}. */
  int reexportsOf(Department department, Random random) {
    if (department == Department.OFFICE || publicationsLeft == 0) {
      return 0;
    }
    int fair = reexportsLeft / publicationsLeft;
    int extra = random.nextInt(publicationsLeft) < reexportsLeft % publicationsLeft ? 1 : 0;
    publicationsLeft--;
    reexportsLeft -= fair + extra;
    return fair + extra;
  }

  /** Re-exports not handed out yet; zero once every departmental publication was offered. */
  int reexportsLeft() {
    return reexportsLeft;
  }
}
