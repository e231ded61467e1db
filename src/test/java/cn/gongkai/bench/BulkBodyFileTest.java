package cn.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkBodyFileTest {

  private static final String[] DOCUMENTS = {
      "{\"create\":{\"_id\":\"a\"}}\n{\"title\":\"关于印发通知\"}\n",
      "{\"create\":{\"_id\":\"b\"}}\n{\"title\":\"b\"}\n",
      "{\"create\":{\"_id\":\"c\"}}\n{\"title\":\"c\"}\n"};

  @TempDir
  Path dir;

  @Test
  void aRequestsBodyIsTheActionAndSourceLinesOfItsDocuments() throws Exception {
    try (BulkBodyFile bodies = write()) {
      assertThat(bodies.documents()).isEqualTo(3);
      assertThat(text(bodies.body(0, 1))).isEqualTo(DOCUMENTS[0]);
      assertThat(text(bodies.body(1, 3))).isEqualTo(DOCUMENTS[1] + DOCUMENTS[2]);
      assertThat(bodies.bytes(0, 3)).isEqualTo(Files.size(bodies.path()));
    }
  }

  @Test
  void refusesARangeOutsideItsDocuments() throws Exception {
    try (BulkBodyFile bodies = write()) {
      assertThatThrownBy(() -> bodies.body(2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> bodies.body(1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
  }

  private BulkBodyFile write() throws Exception {
    Path file = dir.resolve("bodies.ndjson");
    long[] offsets = new long[DOCUMENTS.length + 1];
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < DOCUMENTS.length; i++) {
      offsets[i] = all.toString().getBytes(StandardCharsets.UTF_8).length;
      all.append(DOCUMENTS[i]);
    }
    byte[] bytes = all.toString().getBytes(StandardCharsets.UTF_8);
    offsets[DOCUMENTS.length] = bytes.length;
    Files.write(file, bytes);
    return new BulkBodyFile(file, offsets);
  }

  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }
}
