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
        JobFailure clean = new JobFailure(describe(failure));
        clean.setStackTrace(failure.getStackTrace());
        return clean;
    }

    /** The class and message of every exception in the chain, outermost first (a JobFailure as its message). */
    public static String describe(Throwable failure) {
        if (failure instanceof JobFailure) {
            return failure.getMessage();
        }
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
        return message.toString();
    }
}
