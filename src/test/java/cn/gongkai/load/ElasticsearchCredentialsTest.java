package cn.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElasticsearchCredentialsTest {

  @TempDir
  Path temp;

  @Test
  void aUserAndPasswordGoAsBasicAuthenticationAndAreShownWithoutThePassword() {
    ElasticsearchCredentials credentials = ElasticsearchCredentials.basic("gongkai", "s3cret-Pass", "GONGKAI_ES_USERNAME");

    assertThat(credentials.authorization()).contains("Basic "
        + Base64.getEncoder().encodeToString("gongkai:s3cret-Pass".getBytes(StandardCharsets.UTF_8)));
    assertThat(credentials.toString()).contains("gongkai").doesNotContain("s3cret-Pass");
    assertThat(credentials.describe()).isEqualTo("user 'gongkai' from GONGKAI_ES_USERNAME");
  }

  @Test
  void anEncodedApiKeyGoesAsItIsAndAnIdWithItsKeyIsEncodedFirst() {
    assertThat(ElasticsearchCredentials.apiKey("VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==", "env")
        .authorization()).contains("ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==");
    assertThat(ElasticsearchCredentials.apiKey("VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw", "env").authorization())
        .contains("ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==");
    assertThat(ElasticsearchCredentials.apiKey("VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw", "env").toString())
        .doesNotContain("ui2lp2axTNmsyakw9tvNnw");
  }

  @Test
  void blankValuesAreNoCredentials() {
    assertThat(ElasticsearchCredentials.basic(" ", "", "env").present()).isFalse();
    assertThat(ElasticsearchCredentials.NONE.authorization()).isEmpty();
  }

  @Test
  void aCredentialsFileHoldsAUserAndPasswordOrAnApiKey() throws Exception {
    Path user = Files.writeString(temp.resolve("user.properties"), "username=gongkai\npassword=s3cret-Pass\n");
    Path key = Files.writeString(temp.resolve("key.properties"), "api-key=id:key\n");

    assertThat(ElasticsearchCredentials.fromFile(user).authorization()).isEqualTo(
        ElasticsearchCredentials.basic("gongkai", "s3cret-Pass", "x").authorization());
    assertThat(ElasticsearchCredentials.fromFile(key).describe()).isEqualTo("an API key from " + key);
  }

  @Test
  void aCredentialsFileMissingHalfOfAUserSaysWhatItMustHoldWithoutQuotingIt() throws Exception {
    Path half = Files.writeString(temp.resolve("half.properties"), "password=s3cret-Pass\n");

    assertThatThrownBy(() -> ElasticsearchCredentials.fromFile(half))
        .isInstanceOf(ElasticsearchUnavailableException.class)
        .hasMessageContaining(half.toString())
        .hasMessageContaining("username= and password=, or api-key=")
        .hasMessageContaining("it holds password")
        .hasMessageNotContaining("s3cret-Pass");
  }

  @Test
  void aMissingCredentialsFileIsNamedWithTheSettingThatPointsToIt() {
    assertThatThrownBy(() -> ElasticsearchCredentials.fromFile(temp.resolve("absent.properties")))
        .hasMessageContaining("absent.properties")
        .hasMessageContaining("GONGKAI_ES_CREDENTIALS");
  }
}
