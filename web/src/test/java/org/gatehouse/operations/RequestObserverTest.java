package org.gatehouse.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The request filter's counting, without a server: a request whose handling throws is counted as a
 * 5xx (the container answers it with 500 after the filter), not as the status set before the fault.
 */
class RequestObserverTest {

    private final Metrics metrics = new Metrics();
    private final RequestObserver observer = new RequestObserver(metrics);

    private static HttpServletRequest request(String method, String uri) {
        return HttpFakes.request(method, uri, "127.0.0.1", Map.of());
    }

    @Test
    void aRequestWhoseHandlingThrowsIsCountedAsAServerError() {
        HttpFakes.Answer answer = new HttpFakes.Answer();

        assertThatThrownBy(() -> observer.doFilter(request("POST", "/gatehouse/api/v1/participants"),
                answer.response(), (req, res) -> {
                    throw new ServletException("the handler failed");
                })).isInstanceOf(ServletException.class);

        assertThat(metrics.scrape())
                .contains("gatehouse_http_requests_total{kind=\"api\",method=\"POST\",status=\"5xx\"} 1\n")
                .doesNotContain("status=\"2xx\"");
        assertThat(answer.headers.get(RequestObserver.HEADER)).matches("[0-9a-f-]{36}");
    }

    @Test
    void anAnsweredRequestIsCountedByItsStatusAndKindOfAddress() throws Exception {
        observer.doFilter(request("GET", "/gatehouse/participant.xhtml"), new HttpFakes.Answer().response(),
                (req, res) -> ((HttpServletResponse) res).setStatus(404));
        observer.doFilter(request("GET", "/gatehouse/health/ready"), new HttpFakes.Answer().response(),
                (req, res) -> { });

        assertThat(metrics.scrape()).contains(
                "gatehouse_http_requests_total{kind=\"page\",method=\"GET\",status=\"4xx\"} 1\n",
                "gatehouse_http_requests_total{kind=\"operations\",method=\"GET\",status=\"2xx\"} 1\n");
    }
}
