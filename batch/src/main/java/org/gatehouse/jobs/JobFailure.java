package org.gatehouse.jobs;

/**
 * Why a job's step failed, made only of JDK types: the job repository keeps a step's exception
 * serialized, and reading back one that holds a driver's or a library's exception (a PostgreSQL
 * error, say) fails where those classes are not visible, which would lose the step's end. The
 * messages of the whole chain and the original stack trace are kept.
 */
public final class JobFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private JobFailure(String message) {
        super(message);
    }

    public static JobFailure of(Throwable failure) {
        StringBuilder message = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!message.isEmpty()) {
                message.append(" <- ");
            }
            message.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                message.append(": ").append(t.getMessage());
            }
        }
        JobFailure clean = new JobFailure(message.toString());
        clean.setStackTrace(failure.getStackTrace());
        return clean;
    }
}
