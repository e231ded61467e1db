package cn.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClusterAddressTest {

  @Test
  void aUserAndPasswordInTheUrlBecomeTheCredentialsAndTheUrlIsShownWithoutThem() {
    ClusterAddress address = ClusterAddress.of(settings("https://gongkai:p%40ss-w0rd@es.example.org:9200", null,
        ElasticsearchCredentials.NONE));

    assertThat(address.url()).isEqualTo("https://es.example.org:9200");
    assertThat(address.credentials().username()).isEqualTo("gongkai");
    assertThat(address.credentials().password()).isEqualTo("p@ss-w0rd");
    assertThat(address.redact("refused p@ss-w0rd")).isEqualTo("refused ****");
  }

  @Test
  void credentialsGivenDirectlyWinOverTheUrls() {
    ClusterAddress address = ClusterAddress.of(settings("https://old:old@es.example.org:9200", null,
        ElasticsearchCredentials.apiKey("id:key", "GONGKAI_ES_API_KEY")));

    assertThat(address.credentials().apiKey()).isEqualTo("id:key");
    assertThat(address.url()).isEqualTo("https://es.example.org:9200");
  }

  @Test
  void aFingerprintThatIsNotSha256IsRefusedBeforeAnyConnection() {
    ClusterAddress address = ClusterAddress.of(settings("https://es.example.org:9200", "F5:15:49",
        ElasticsearchCredentials.NONE));

    assertThatThrownBy(address::sslContext).hasMessageContaining("64 hex digits");
  }

  @Test
  void aColonSeparatedFingerprintAsElasticsearchPrintsItIsAccepted() {
    String fingerprint = "F5:15:49:5A:8B:02:2A:AE:BF:2B:52:01:11:83:2F:FF:62:0A:C4:0C:F2:39:13:56:81:44:8A:34:CF:50:99:C7";
    ClusterAddress address = ClusterAddress.of(settings("https://es.example.org:9200", fingerprint,
        ElasticsearchCredentials.NONE));

    assertThat(address.sslContext()).isPresent();
  }

  @Test
  void aUrlWithoutAHostSaysWhatOneLooksLikeWithoutEchoingIt() {
    assertThatThrownBy(() -> ClusterAddress.of(settings("es.example.org:9200", null, ElasticsearchCredentials.NONE)))
        .hasMessageContaining("needs a scheme and a host");
  }

  private static ElasticsearchSettings settings(String url, String fingerprint, ElasticsearchCredentials credentials) {
    return new ElasticsearchSettings(url, "gongkai", Duration.ofSeconds(1), Duration.ofSeconds(1), Path.of("."), false,
        null, fingerprint, credentials, null);
  }
}
