package org.gatehouse.jobs;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Keeps why a step failed where the job monitor reads it: the step's and the job's exit status
 * (the repository keeps the exception itself only serialized). Every step of every job lists it.
 */
@Named
@Dependent
public class StepFailureRecorder extends AbstractStepListener {

    /** The job repository's exit status column holds 512 characters. */
    static final int MOST_CHARACTERS = 500;

    @Inject
    private StepContext step;

    @Inject
    private JobContext job;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            String why = JobFailure.describe(failure);
            step.setExitStatus(cut(why));
            job.setExitStatus(cut(step.getStepName() + ": " + why));
        }
    }

    static String cut(String text) {
        return text.length() <= MOST_CHARACTERS ? text : text.substring(0, MOST_CHARACTERS - 1) + "…";
    }
}
