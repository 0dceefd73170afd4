package org.gatehouse.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who may scrape: without a token only this machine (a request from the network is refused and told
 * why), with one only a request bearing it. OperationsIT asks the running server the same.
 */
class MetricsServletTest {

    private final MetricsServlet servlet = new MetricsServlet(new Metrics());

    @AfterEach
    void noToken() {
        System.clearProperty(MetricsServlet.TOKEN);
    }

    private HttpFakes.Answer scrape(String from, Map<String, String> headers) throws Exception {
        HttpFakes.Answer answer = new HttpFakes.Answer();
        servlet.doGet(HttpFakes.request("GET", "/gatehouse/metrics", from, headers), answer.response());
        return answer;
    }

    @Test
    void withoutATokenOnlyThisMachineIsAnswered() throws Exception {
        for (String local : new String[] {"127.0.0.1", "127.0.1.1", "::1"}) {
            HttpFakes.Answer answer = scrape(local, Map.of());
            assertThat(answer.status).as(local).isEqualTo(200);
            assertThat(answer.body.toString()).contains("gatehouse_http_requests_total");
        }
        // a proxy on this machine forwarding somebody else's request
        assertThat(scrape("127.0.0.1", Map.of("X-Forwarded-For", "203.0.113.9")).status).isEqualTo(403);
        assertThat(scrape("127.0.0.1", Map.of("Forwarded", "for=203.0.113.9")).status).isEqualTo(403);
        for (String remote : new String[] {"10.0.0.5", "192.168.1.20", "203.0.113.9", "2001:db8::1"}) {
            HttpFakes.Answer answer = scrape(remote, Map.of());
            assertThat(answer.status).as(remote).isEqualTo(403);
            assertThat(answer.body.toString()).isEmpty();
        }
    }

    @Test
    void withATokenOnlyARequestBearingItIsAnsweredFromAnywhere() throws Exception {
        System.setProperty(MetricsServlet.TOKEN, "a-long-random-token");

        assertThat(scrape("127.0.0.1", Map.of()).status).isEqualTo(401);
        assertThat(scrape("10.0.0.5", Map.of("Authorization", "Bearer a-long-random-tokeN")).status).isEqualTo(401);
        HttpFakes.Answer bearing = scrape("10.0.0.5", Map.of("Authorization", "Bearer a-long-random-token"));
        assertThat(bearing.status).isEqualTo(200);
        assertThat(bearing.body.toString()).contains("gatehouse_http_requests_total");
    }
}
