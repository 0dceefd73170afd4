package org.gatehouse.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.function.Supplier;

/**
 * Resolves the current {@link Caller} from the container's principal, or from an explicit binding
 * made by trusted server code (a batch job acting for the agency that started it).
 */
@ApplicationScoped
public class Callers {

    private static final ThreadLocal<Caller> BOUND = new ThreadLocal<>();

    @Inject
    private SecurityContext security;

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private CallerOfRequest ofRequest;

    public Caller current() {
        Caller bound = BOUND.get();
        if (bound != null) {
            return bound;
        }
        Principal principal = security.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        if (name == null || name.equals("anonymous")) {
            return Caller.ANONYMOUS;
        }
        try {
            return ofRequest.caller(name, this::lookUp);
        } catch (ContextNotActiveException noRequest) {
            return lookUp(name); // a timer's or an asynchronous method's thread
        }
    }

    /**
     * The enabled account of this name. Not flushed first: asked before nearly every business method
     * (TenantBinding), a flush would look for changes in every entity the transaction holds.
     */
    private Caller lookUp(String name) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", name)
                .setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst().filter(UserAccount::isEnabled)
                .map(Callers::of).orElse(Caller.ANONYMOUS);
    }

    public static Caller of(UserAccount account) {
        return new Caller(account.getId(), account.getUsername(),
                account.getAgency() == null ? null : account.getAgency().getId(),
                account.getAgency() == null ? null : account.getAgency().getCode(), account.getRoles());
    }

    /** Runs work as the given caller on this thread (server code only: batch jobs, start-up). */
    public static <T> T runAs(Caller caller, Supplier<T> work) {
        Caller previous = BOUND.get();
        BOUND.set(caller);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        }
    }

    public static void runAs(Caller caller, Runnable work) {
        runAs(caller, () -> {
            work.run();
            return null;
        });
    }
}
