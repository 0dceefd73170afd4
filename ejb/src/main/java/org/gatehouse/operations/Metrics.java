package org.gatehouse.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * This node's counters, in the text format Prometheus scrapes ({@code /metrics}): requests and their
 * durations by kind of address (never the address itself: it can name a record), batch items by job
 * and step, note-search durations, the database connection pools ({@link ConnectionPools}), and the
 * JVM's memory and uptime. Counted in memory since start;
 * Prometheus works out rates and sums over nodes.
 */
@ApplicationScoped
public class Metrics {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final ConcurrentMap<List<String>, LongAdder> requests = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Histogram> requestSeconds = new ConcurrentHashMap<>();
    private final ConcurrentMap<List<String>, LongAdder> batchItems = new ConcurrentHashMap<>();
    private final Histogram searchSeconds = new Histogram();

    /** One answered request: its kind of address ({@code api}, {@code page}, ...), method, status, duration. */
    public void request(String kind, String method, int status, long nanos) {
        String known = METHODS.contains(method) ? method : "OTHER";
        requests.computeIfAbsent(List.of(kind, known, (status / 100) + "xx"), k -> new LongAdder()).increment();
        requestSeconds.computeIfAbsent(kind, k -> new Histogram()).observe(nanos);
    }

    /** Items a batch step read, wrote, filtered or skipped ({@code kind}), once the step ends. */
    public void batchItems(String job, String step, String kind, long count) {
        if (count > 0) {
            batchItems.computeIfAbsent(List.of(job, step, kind), k -> new LongAdder()).add(count);
        }
    }

    /** One note search's duration. */
    public void search(long nanos) {
        searchSeconds.observe(nanos);
    }

    /** Everything counted, in Prometheus' text exposition format (version 0.0.4). */
    public String scrape() {
        StringBuilder out = new StringBuilder();
        counters(out, "gatehouse_http_requests_total", "HTTP requests answered, by kind of address, method and "
                + "status class.", requests, "kind", "method", "status");
        header(out, "gatehouse_http_request_seconds", "histogram", "HTTP request durations, by kind of address.");
        new TreeMap<>(requestSeconds).forEach((kind, histogram) ->
                histogram.write(out, "gatehouse_http_request_seconds", labels("kind", kind)));
        counters(out, "gatehouse_batch_items_total", "Items of batch steps that ended, by job, step and what "
                + "happened to them.", batchItems, "job", "step", "kind");
        header(out, "gatehouse_note_search_seconds", "histogram", "Case-note search durations.");
        searchSeconds.write(out, "gatehouse_note_search_seconds", "");
        ConnectionPools.write(out);
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        header(out, "jvm_memory_heap_used_bytes", "gauge", "Heap memory in use.");
        out.append("jvm_memory_heap_used_bytes ").append(heap.getUsed()).append('\n');
        header(out, "jvm_memory_heap_max_bytes", "gauge", "The most heap memory the JVM may use.");
        out.append("jvm_memory_heap_max_bytes ").append(heap.getMax()).append('\n');
        header(out, "process_uptime_seconds", "gauge", "Seconds since the JVM started.");
        out.append("process_uptime_seconds ").append(ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0)
                .append('\n');
        return out.toString();
    }

    static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** A counter's samples, one per key (its label values, in the order of {@code names}), in key order. */
    private static void counters(StringBuilder out, String name, String help, Map<List<String>, LongAdder> counts,
                                 String... names) {
        header(out, name, "counter", help);
        Map<List<String>, LongAdder> sorted = new TreeMap<>((a, b) -> String.join("\u0000", a)
                .compareTo(String.join("\u0000", b)));
        sorted.putAll(counts);
        sorted.forEach((key, count) -> {
            String[] pairs = new String[names.length * 2];
            for (int i = 0; i < names.length; i++) {
                pairs[2 * i] = names[i];
                pairs[2 * i + 1] = key.get(i);
            }
            out.append(name).append('{').append(labels(pairs)).append("} ").append(count.sum()).append('\n');
        });
    }

    /** Label pairs as the format writes them, values escaped. */
    static String labels(String... namesAndValues) {
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                labels.append(',');
            }
            labels.append(namesAndValues[i]).append("=\"").append(namesAndValues[i + 1].replace("\\", "\\\\")
                    .replace("\"", "\\\"").replace("\n", "\\n")).append('"');
        }
        return labels.toString();
    }
}
