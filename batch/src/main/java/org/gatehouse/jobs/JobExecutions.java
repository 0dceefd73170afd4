package org.gatehouse.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The job repository as the applications' job starters see it: a job's latest execution, whether it runs. */
public final class JobExecutions {

    private JobExecutions() {
    }

    /** The newest execution of the job's newest instance (a restart is a newer execution of it). */
    public static Optional<JobExecution> last(String jobName) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            List<JobInstance> instances = operator.getJobInstances(jobName, 0, 1);
            if (instances.isEmpty()) {
                return Optional.empty();
            }
            return operator.getJobExecutions(instances.get(0)).stream()
                    .max(Comparator.comparingLong(JobExecution::getExecutionId));
        } catch (NoSuchJobException none) {
            return Optional.empty();
        }
    }

    public static boolean running(JobExecution execution) {
        BatchStatus status = execution.getBatchStatus();
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }
}
