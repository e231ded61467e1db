package cn.gongkai.load;

import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Asks an Elasticsearch 8 node for its own API. The 9.x client marks every request
 * {@code compatible-with=9}, which an 8.x node refuses ("Invalid media-type value"); marked
 * {@code compatible-with=8}, the same requests are answered by 8.x as its own and by 9.x through
 * REST API compatibility. Set once the connection has learned the node's version; until then, and
 * for a 9.x node, requests go as the client sends them.
 */
final class CompatibilityHeaders implements HttpRequestInterceptor {

  private static final String CLIENT_MARK = "compatible-with=9";
  private volatile String mark;

  /** From now on, requests ask for API version {@code major}. */
  void speak(int major) {
    mark = major == 9 ? null : "compatible-with=" + major;
  }

  @Override
  public void process(HttpRequest request, EntityDetails entity, HttpContext context) {
    String wanted = mark;
    if (wanted == null) {
      return;
    }
    for (String name : new String[] {HttpHeaders.ACCEPT, HttpHeaders.CONTENT_TYPE}) {
      for (Header header : request.getHeaders(name)) {
        if (header.getValue().contains(CLIENT_MARK)) {
          request.setHeader(name, header.getValue().replace(CLIENT_MARK, wanted));
        }
      }
    }
  }
}
