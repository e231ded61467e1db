package cn.gongkai.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.gongkai.testsupport.MixedInbox;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Inbox hygiene (issue 10): a link to a file outside the inbox, a transfer not finished (.part), a
 * hidden file and an editor's lock file are not read, each is listed in the summary with why, and
 * nothing of theirs reaches the index; once the transfer is renamed to its final name, the next run
 * reads it.
 */
class InboxHygieneIT extends PipelineIntegrationTest {

  private static final String EXPORT = """
      标题,发布日期,文号
      %s,2019-05-06,
      """;

  @Autowired
  IngestRunner ingestRunner;

  @TempDir
  Path temp;

  @Test
  void leavesOutWhatNobodyDeliveredSaysWhyAndReadsTheTransferOnceItIsComplete() throws Exception {
    Path inbox = MixedInbox.writeTo(temp.resolve("inbox"));
    Path outside = Files.writeString(Files.createDirectories(temp.resolve("elsewhere")).resolve("机密.csv"),
        EXPORT.formatted("收件箱以外的文件"), StandardCharsets.UTF_8);
    Files.createSymbolicLink(inbox.resolve("链接.csv"), outside);
    Path partial = Files.writeString(inbox.resolve("养老科.csv.part"), EXPORT.formatted("仍在传送的文件"),
        StandardCharsets.UTF_8);
    Files.writeString(inbox.resolve(".隐藏.csv"), EXPORT.formatted("隐藏的文件"), StandardCharsets.UTF_8);
    Files.writeString(inbox.resolve("~$福利科.csv"), "lock", StandardCharsets.UTF_8);

    RunSummary first = ingestRunner.run(inbox);

    assertThat(first.status()).isEqualTo("COMPLETED");
    assertThat(first.files()).filteredOn(file -> file.status().equals("ignored"))
        .extracting(FileSummary::file, FileSummary::read)
        .containsExactly(tuple(".隐藏.csv", 0L), tuple("~$福利科.csv", 0L), tuple("养老科.csv.part", 0L),
            tuple("链接.csv", 0L));
    assertThat(first.files()).filteredOn(file -> file.file().equals("链接.csv")).singleElement()
        .extracting(FileSummary::message).asString().contains("符号链接指向收件箱以外").contains(outside.toString());
    assertThat(first.files()).filteredOn(file -> file.file().equals("养老科.csv.part")).singleElement()
        .extracting(FileSummary::message).asString().contains("临时文件");
    assertThat(first.totals().read()).as("the mixed inbox's rows alone").isEqualTo(8);
    for (String title : new String[] {"收件箱以外的文件", "仍在传送的文件", "隐藏的文件"}) {
      assertThat(titled(title)).as(title).isZero();
    }

    Files.move(partial, inbox.resolve("养老科.csv"));
    RunSummary second = ingestRunner.run(inbox);

    assertThat(second.files()).filteredOn(file -> file.file().equals("养老科.csv")).singleElement()
        .extracting(FileSummary::status, FileSummary::loaded).containsExactly("ingested", 1L);
    assertThat(titled("仍在传送的文件")).isEqualTo(1);
  }

  private long titled(String title) throws Exception {
    String alias = INDEX_PREFIX + "-publications";
    connection.client().indices().refresh(request -> request.index(alias));
    return connection.client().count(request -> request.index(alias)
        .query(q -> q.term(t -> t.field("title.keyword").value(title)))).count();
  }
}
