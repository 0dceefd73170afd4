package org.gatehouse.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The exposition Prometheus reads: counters by label, cumulative buckets, escaped labels. */
class MetricsTest {

    @Test
    void requestsAreCountedByKindMethodAndStatusClassWithCumulativeBuckets() {
        Metrics metrics = new Metrics();
        metrics.request("api", "GET", 200, 3_000_000L);      // 3 ms
        metrics.request("api", "GET", 204, 40_000_000L);     // 40 ms
        metrics.request("api", "BREW", 418, 2_000_000_000L); // 2 s, a method nobody counts by name
        String text = metrics.scrape();

        assertThat(text).contains("# TYPE gatehouse_http_requests_total counter\n",
                "gatehouse_http_requests_total{kind=\"api\",method=\"GET\",status=\"2xx\"} 2\n",
                "gatehouse_http_requests_total{kind=\"api\",method=\"OTHER\",status=\"4xx\"} 1\n",
                "gatehouse_http_request_seconds_bucket{kind=\"api\",le=\"0.005\"} 1\n",
                "gatehouse_http_request_seconds_bucket{kind=\"api\",le=\"0.05\"} 2\n",
                "gatehouse_http_request_seconds_bucket{kind=\"api\",le=\"1.0\"} 2\n",
                "gatehouse_http_request_seconds_bucket{kind=\"api\",le=\"2.5\"} 3\n",
                "gatehouse_http_request_seconds_bucket{kind=\"api\",le=\"+Inf\"} 3\n",
                "gatehouse_http_request_seconds_count{kind=\"api\"} 3\n");
        assertThat(text).containsPattern("gatehouse_http_request_seconds_sum\\{kind=\"api\"\\} 2\\.04\\d*\n");
    }

    @Test
    void batchItemsAndSearchesAreCountedAndNothingEmptyIsWritten() {
        Metrics metrics = new Metrics();
        metrics.batchItems("warehouse-load", "episodes", "written", 12);
        metrics.batchItems("warehouse-load", "episodes", "written", 3);
        metrics.batchItems("warehouse-load", "episodes", "skipped", 0);
        metrics.search(20_000_000L);
        String text = metrics.scrape();

        assertThat(text).contains(
                "gatehouse_batch_items_total{job=\"warehouse-load\",step=\"episodes\",kind=\"written\"} 15\n",
                "gatehouse_note_search_seconds_bucket{le=\"0.025\"} 1\n", "gatehouse_note_search_seconds_count 1\n");
        assertThat(text).doesNotContain("kind=\"skipped\"");
        // every sample line is a name, optional labels and a number
        text.lines().filter(l -> !l.startsWith("#")).forEach(l -> assertThat(l)
                .matches("[a-z_]+(\\{[^}]*\\})? -?[0-9.E+-]+"));
    }

    @Test
    void labelValuesAreEscaped() {
        assertThat(Metrics.labels("job", "a\"b\\c\nd")).isEqualTo("job=\"a\\\"b\\\\c\\nd\"");
    }

    @Test
    void aScrapeWhileRequestsAreCountedNeverShowsABucketAboveTheOnesAfterIt() throws Exception {
        Metrics metrics = new Metrics();
        metrics.request("api", "GET", 200, 1_000_000L); // the histogram exists before the first scrape
        AtomicBoolean running = new AtomicBoolean(true);
        Thread[] observers = new Thread[2];
        for (int t = 0; t < observers.length; t++) {
            observers[t] = new Thread(() -> {
                while (running.get()) {
                    metrics.request("api", "GET", 200, 1_000_000L); // each in the first bucket
                }
            });
            observers[t].start();
        }
        try {
            long until = System.nanoTime() + 400_000_000L;
            while (System.nanoTime() < until) {
                List<Long> buckets = metrics.scrape().lines()
                        .filter(l -> l.startsWith("gatehouse_http_request_seconds_bucket{kind=\"api\""))
                        .map(l -> Long.parseLong(l.substring(l.lastIndexOf(' ') + 1))).toList();
                assertThat(buckets).as("cumulative buckets, +Inf last").hasSize(Histogram.BOUNDS.length + 1)
                        .isSorted();
            }
        } finally {
            running.set(false);
            for (Thread observer : observers) {
                observer.join();
            }
        }
    }
}
