package org.gatehouse.operations;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The server's database connection pools as the metrics show them: connections in use and idle, the
 * most ever in use, requests that waited for one and that gave up waiting. Read from WildFly's pool
 * statistics (the data sources are defined with {@code statistics-enabled}), through the platform
 * MBean server, each pool by its data source's name.
 */
final class ConnectionPools {

    private static final Logger LOG = Logger.getLogger(ConnectionPools.class.getName());
    private static final String POOLS = "jboss.as:subsystem=datasources,data-source=*,statistics=pool";

    /** A metric, the pool statistic it shows, its type and meaning. */
    private record Statistic(String metric, String attribute, String type, String help) {
    }

    private static final List<Statistic> STATISTICS = List.of(
            new Statistic("gatehouse_db_pool_in_use", "InUseCount", "gauge",
                    "Database connections lent out now, by data source."),
            new Statistic("gatehouse_db_pool_available", "AvailableCount", "gauge",
                    "Database connections that can still be lent out now, by data source."),
            new Statistic("gatehouse_db_pool_max_in_use", "MaxUsedCount", "gauge",
                    "The most database connections ever in use at once since start, by data source."),
            new Statistic("gatehouse_db_pool_waits_total", "WaitCount", "counter",
                    "Requests for a connection that had to wait for one, by data source."),
            new Statistic("gatehouse_db_pool_timeouts_total", "TimedOut", "counter",
                    "Requests for a connection that gave up waiting, by data source."));

    private static volatile boolean warned;

    private ConnectionPools() {
    }

    /** Each statistic of every pool, in the exposition format; nothing when the server keeps none. */
    static void write(StringBuilder out) {
        Map<String, Map<String, Long>> pools = read();
        if (pools.isEmpty()) {
            return;
        }
        for (Statistic statistic : STATISTICS) {
            Metrics.header(out, statistic.metric(), statistic.type(), statistic.help());
            pools.forEach((pool, values) -> {
                Long value = values.get(statistic.attribute().toLowerCase(Locale.ROOT));
                if (value != null) {
                    out.append(statistic.metric()).append('{').append(Metrics.labels("data_source", pool))
                            .append("} ").append(value).append('\n');
                }
            });
        }
    }

    /** Every pool's statistics by lower-case attribute name (JMX may spell them in either case). */
    private static Map<String, Map<String, Long>> read() {
        Map<String, Map<String, Long>> pools = new TreeMap<>();
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            Set<ObjectName> names = new TreeSet<>(server.queryNames(new ObjectName(POOLS), null));
            for (ObjectName name : names) {
                Map<String, Long> values = new TreeMap<>();
                for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                    String key = attribute.getName().toLowerCase(Locale.ROOT);
                    if (STATISTICS.stream().anyMatch(s -> s.attribute().toLowerCase(Locale.ROOT).equals(key))
                            && server.getAttribute(name, attribute.getName()) instanceof Number number) {
                        values.put(key, number.longValue());
                    }
                }
                pools.put(name.getKeyProperty("data-source"), values);
            }
        } catch (JMException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.warning(() -> "Database pool statistics cannot be read (" + e.getClass().getSimpleName()
                        + "); the metrics leave them out");
            }
            return Map.of();
        }
        return pools;
    }
}
