package cn.gongkai.sample;

import java.util.Random;

/**
 * Decides how many times the office re-exports each publication, so that the re-exports add up to
 * exactly the spec's duplicate rows. The office re-exports what the other departments created; only
 * when they created nothing (the office alone, or a sample too small for them to get any) does it
 * list its own rows twice, as an export run over overlapping periods does. Each offered
 * publication, as it comes, takes its fair part of what is left (a publication is re-exported more
 * than once only when re-exports outnumber offered publications).
 */
final class ReexportAllocator {

  private final boolean officeOwn;
  private int reexportsLeft;
  private int publicationsLeft;

  /**
   * @param reexports re-export rows to hand out
   * @param departmental publications of departments other than the office that will be offered
   * @param office publications of the office, offered only when {@code departmental} is zero; the
   *     offered ones must be positive when {@code reexports} is
   */
  ReexportAllocator(int reexports, int departmental, int office) {
    this.officeOwn = departmental == 0;
    this.publicationsLeft = officeOwn ? office : departmental;
    if (reexports > 0 && publicationsLeft <= 0) {
      throw new IllegalArgumentException("nothing to re-export " + reexports + " times");
    }
    this.reexportsLeft = reexports;
  }

  /** How many times the office re-exports the next publication of {@code department}. */
  int reexportsOf(Department department, Random random) {
    if (department.isOffice() != officeOwn || publicationsLeft == 0) {
      return 0;
    }
    int fair = reexportsLeft / publicationsLeft;
    int extra = random.nextInt(publicationsLeft) < reexportsLeft % publicationsLeft ? 1 : 0;
    publicationsLeft--;
    reexportsLeft -= fair + extra;
    return fair + extra;
  }

  /** Re-exports not handed out yet; zero once every offered publication was offered. */
  int reexportsLeft() {
    return reexportsLeft;
  }
}
