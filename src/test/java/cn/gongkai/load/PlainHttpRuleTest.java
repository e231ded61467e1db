package cn.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain HTTP only to this machine, unless the office allows it (issue 10). */
class PlainHttpRuleTest {

  @ParameterizedTest(name = "{0}, allowed {1} → refused {2}")
  @CsvSource({
      "http://10.1.2.3:9200, false, true",
      "http://es.example.gov.cn:9200, false, true",
      "HTTP://es.example.gov.cn:9200, false, true",
      "http://127.0.0.1:9200, false, false",
      "http://127.5.6.7:9200, false, false",
      "http://localhost:9200, false, false",
      "http://[::1]:9200, false, false",
      "https://es.example.gov.cn:9200, false, false",
      "http://es.example.gov.cn:9200, true, false",
      "http://127.0.0.1.example.com:9200, false, true"})
  void refusesPlainHttpToAnotherMachineUnlessAllowed(String url, boolean allowed, boolean refused) {
    assertThat(ElasticsearchConnection.refusesPlainHttp(URI.create(url), allowed)).isEqualTo(refused);
  }
}
