package org.gatehouse.jobs;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.gatehouse.operations.Metrics;

/**
 * Counts a step's items once it ends (read, written, filtered, skipped) into this node's
 * {@link Metrics}, by job and step. Every step of every job lists it beside {@link StepFailureRecorder}.
 */
@Named
@Dependent
public class StepMetricsRecorder extends AbstractStepListener {

    private static final Map<Metric.MetricType, String> COUNTED = Map.of(Metric.MetricType.READ_COUNT, "read",
            Metric.MetricType.WRITE_COUNT, "written", Metric.MetricType.FILTER_COUNT, "filtered",
            Metric.MetricType.PROCESS_SKIP_COUNT, "skipped", Metric.MetricType.READ_SKIP_COUNT, "skipped",
            Metric.MetricType.WRITE_SKIP_COUNT, "skipped");

    @Inject
    private StepContext step;

    @Inject
    private JobContext job;

    @Inject
    private Metrics metrics;

    @Override
    public void afterStep() {
        Metric[] counts = step.getMetrics();
        if (counts == null) {
            return;
        }
        for (Metric metric : counts) {
            String kind = COUNTED.get(metric.getType());
            if (kind != null) {
                metrics.batchItems(job.getJobName(), step.getStepName(), kind,
                        metric.getValue());
            }
        }
    }
}
