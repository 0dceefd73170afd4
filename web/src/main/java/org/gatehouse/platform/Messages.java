package org.gatehouse.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Function;

/** Messages on the screens, and the one way a refusal by a service is told to the user. */
public final class Messages {

    private Messages() {
    }

    public static void info(String text) {
        add(null, FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    public static void infoAt(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_INFO, text);
    }

    public static void errorAt(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    public static void keepAfterRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * Tells the user why a service refused ({@code prefix}, from the bundle, says what was not done:
     * "Not saved"). The rules' own words come from the domain, in English.
     * Each broken rule is listed; nothing is said about records the user may not know of.
     *
     * @throws RuntimeException the exception itself, when it is not a refusal
     */
    public static void refused(String prefix, RuntimeException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            for (Violation violation : invalid.getViolations()) {
                error(prefix + ": " + describe(violation));
            }
        } else if (refusal instanceof StaleRecordException || refusal instanceof RestrictedRecordException) {
            error(prefix + ": " + refusal.getMessage());
        } else if (refusal instanceof NotFoundException || refusal instanceof AccessDeniedException) {
            error(prefix + ": " + ScreenWords.text("common.refusedUnknown"));
        } else {
            throw refusal;
        }
    }

    /**
     * Runs the action; a refusal becomes messages beginning with {@code refusedPrefix}.
     *
     * @return whether the action went through
     */
    public static boolean attempt(String refusedPrefix, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException refusal) {
            refused(refusedPrefix, refusal);
            return false;
        }
    }

    /**
     * As {@link #refused}, for a form that tells each broken rule at a component of its own:
     * {@code at} gives the client id for a field (null: the refusal as a whole), {@code labels} the
     * field's name as the screen shows it.
     */
    public static void refusedAt(Function<String, String> at, String prefix, RuntimeException refusal,
                                 Map<String, String> labels) {
        if (refusal instanceof InvalidInputException invalid) {
            for (Violation violation : invalid.getViolations()) {
                String label = violation.field() == null ? null : labels.get(violation.field());
                errorAt(at.apply(violation.field()), prefix + ": "
                        + (label == null ? describe(violation) : label + " " + violation.message()));
            }
        } else {
            refused(prefix, refusal);
        }
    }

    /** "Given name is required": the field named as people read it. */
    public static String describe(Violation violation) {
        if (violation.field() == null) {
            return violation.message();
        }
        String field = violation.field().replace('_', ' ');
        return Character.toUpperCase(field.charAt(0)) + field.substring(1) + " " + violation.message();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
