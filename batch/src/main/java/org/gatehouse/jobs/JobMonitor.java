package org.gatehouse.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Role;

/**
 * Every batch job of the application as the platform team watches it: the recent runs of all jobs,
 * each run's steps with their counts, why a run failed; stop a running one, restart a stopped or
 * failed one from its last checkpoint. Reads the job repository through the Jakarta Batch API.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobMonitor {

    /** Runs shown, newest first, over all jobs. */
    public static final int RUNS_SHOWN = 60;

    @Inject
    private AccessPolicy access;

    /** The newest runs of every job (a restart is a run of its own), newest first. */
    public List<JobRun> recentRuns() {
        access.requireRole("watch the batch jobs", Role.SYSTEM_ADMIN);
        JobOperator operator = operator();
        List<JobRun> runs = new ArrayList<>();
        for (String job : operator.getJobNames()) {
            for (JobInstance instance : instances(operator, job)) {
                List<JobExecution> executions = operator.getJobExecutions(instance);
                long latest = executions.stream().mapToLong(JobExecution::getExecutionId).max().orElse(-1);
                for (JobExecution execution : executions) {
                    runs.add(run(execution, instance, execution.getExecutionId() == latest));
                }
            }
        }
        runs.sort(Comparator.comparingLong(JobRun::executionId).reversed());
        return runs.size() > RUNS_SHOWN ? List.copyOf(runs.subList(0, RUNS_SHOWN)) : runs;
    }

    /** A run's steps in the order they ran, with their counts. */
    public List<StepRun> steps(long executionId) {
        access.requireRole("watch the batch jobs", Role.SYSTEM_ADMIN);
        execution(executionId);
        return operator().getStepExecutions(executionId).stream()
                .sorted(Comparator.comparingLong(StepExecution::getStepExecutionId))
                .map(JobMonitor::step)
                .toList();
    }

    /** Stops a running run after its current chunk or batchlet (it can then be restarted). */
    public void stop(long executionId) {
        access.requireRole("stop a batch job", Role.SYSTEM_ADMIN);
        JobExecution execution = execution(executionId);
        if (!JobExecutions.running(execution)) {
            throw new InvalidInputException("execution", "run " + executionId + " is " + lower(execution)
                    + ": only a running one can be stopped");
        }
        operator().stop(executionId);
    }

    /**
     * Restarts a stopped or failed run from its last checkpoint with the parameters it ran with;
     * returns the new run's execution id.
     */
    public long restart(long executionId) {
        access.requireRole("restart a batch job", Role.SYSTEM_ADMIN);
        JobOperator operator = operator();
        JobExecution execution = execution(executionId);
        BatchStatus status = execution.getBatchStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            throw new InvalidInputException("execution", "run " + executionId + " is " + lower(execution)
                    + ": only a stopped or failed one can be restarted");
        }
        JobInstance instance = operator.getJobInstance(executionId);
        boolean latest = operator.getJobExecutions(instance).stream()
                .allMatch(e -> e.getExecutionId() <= executionId);
        if (!latest) {
            throw new InvalidInputException("execution", "run " + executionId
                    + " was restarted already: restart its latest run instead");
        }
        if (!operator.getRunningExecutions(execution.getJobName()).isEmpty()) {
            throw new InvalidInputException("execution", "a " + execution.getJobName()
                    + " run is running: restart this one when it has ended");
        }
        // with the parameters it ran with (a participant import's run, a load's chunk sizes)
        return operator.restart(executionId, operator.getParameters(executionId));
    }

    private static List<JobInstance> instances(JobOperator operator, String job) {
        try {
            return operator.getJobInstances(job, 0, RUNS_SHOWN);
        } catch (NoSuchJobException gone) {
            return List.of();
        }
    }

    private JobExecution execution(long executionId) {
        try {
            return operator().getJobExecution(executionId);
        } catch (RuntimeException unknown) {
            throw new InvalidInputException("execution", "there is no job run " + executionId);
        }
    }

    private static JobRun run(JobExecution execution, JobInstance instance, boolean latest) {
        BatchStatus status = execution.getBatchStatus();
        boolean running = JobExecutions.running(execution);
        String failure = status == BatchStatus.FAILED && !status.name().equals(execution.getExitStatus())
                ? execution.getExitStatus() : null;
        return new JobRun(execution.getExecutionId(), instance.getInstanceId(), execution.getJobName(),
                status.name(), instant(execution.getStartTime()), instant(execution.getEndTime()), failure,
                running, latest && (status == BatchStatus.FAILED || status == BatchStatus.STOPPED));
    }

    private static StepRun step(StepExecution step) {
        Map<Metric.MetricType, Long> counts = new EnumMap<>(Metric.MetricType.class);
        for (Metric metric : step.getMetrics()) {
            counts.merge(metric.getType(), metric.getValue(), Long::sum);
        }
        long skipped = counts.getOrDefault(Metric.MetricType.READ_SKIP_COUNT, 0L)
                + counts.getOrDefault(Metric.MetricType.PROCESS_SKIP_COUNT, 0L)
                + counts.getOrDefault(Metric.MetricType.WRITE_SKIP_COUNT, 0L);
        String status = step.getBatchStatus() == null ? "" : step.getBatchStatus().name();
        String failure = "FAILED".equals(status) && !status.equals(step.getExitStatus()) ? step.getExitStatus() : null;
        return new StepRun(step.getStepName(), status, instant(step.getStartTime()), instant(step.getEndTime()),
                counts.getOrDefault(Metric.MetricType.READ_COUNT, 0L),
                counts.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L),
                counts.getOrDefault(Metric.MetricType.FILTER_COUNT, 0L), skipped,
                counts.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L), failure);
    }

    private static String lower(JobExecution execution) {
        return execution.getBatchStatus().name().toLowerCase();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static Duration between(Instant started, Instant ended) {
        if (started == null) {
            return null;
        }
        return Duration.between(started, ended == null ? Instant.now() : ended);
    }

    /** One run of a job as the monitor shows it; {@code failure} is why it failed, if it did. */
    public record JobRun(long executionId, long instanceId, String job, String status, Instant started,
                         Instant ended, String failure, boolean stoppable, boolean restartable) {

        /** How long it ran, or has been running. */
        public Duration duration() {
            return between(started, ended);
        }
    }

    /** One step of a run: items read, written, filtered out and skipped, chunks committed. */
    public record StepRun(String step, String status, Instant started, Instant ended, long read, long written,
                          long filtered, long skipped, long commits, String failure) {

        public Duration duration() {
            return between(started, ended);
        }
    }
}
