package cn.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

  private static final String STATUS = """
      Name:\tjava
      Umask:\t0022
      State:\tS (sleeping)
      VmPeak:\t 9383212 kB
      VmSize:\t 9317676 kB
      VmLck:\t       0 kB
      VmHWM:\t  427008 kB
      VmRSS:\t  398336 kB
      RssAnon:\t  361472 kB
      Threads:\t45
      """;

  @Test
  void readsThePeakAndTheCurrentResidentSetInBytes() {
    ProcessMemory memory = ProcessMemory.parse(STATUS).orElseThrow();

    assertThat(memory.peakRssBytes()).isEqualTo(427_008L * 1024);
    assertThat(memory.rssBytes()).isEqualTo(398_336L * 1024);
  }

  @Test
  void knowsNothingWhenALineIsMissingOrUnreadable() {
    assertThat(ProcessMemory.parse("Name:\tjava\nVmRSS:\t  398336 kB\n")).isEmpty();
    assertThat(ProcessMemory.parse("VmHWM:\t  lots kB\nVmRSS:\t  398336 kB\n")).isEmpty();
    assertThat(ProcessMemory.parse("VmHWM:\t  427008 MB\nVmRSS:\t  398336 kB\n")).isEmpty();
  }

  @Test
  void readsThisProcessWhereThereIsAProcFileSystem() {
    ProcessMemory.read().ifPresent(memory -> assertThat(memory.peakRssBytes()).isGreaterThanOrEqualTo(memory.rssBytes()));
  }
}
