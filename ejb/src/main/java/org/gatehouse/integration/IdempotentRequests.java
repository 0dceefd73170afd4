package org.gatehouse.integration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.warehouse.Pseudonyms;

/**
 * Creates made once per Idempotency-Key: an integration that sends a create again (a timeout, a
 * retry) with the key it used gets what the first request made, not a second record. Keys are the
 * sending account's own and kept {@link #KEPT}; a key sent again with a different request is refused.
 */
@Stateless
public class IdempotentRequests {

    /** The header an integration sends its key in. */
    public static final String HEADER = "Idempotency-Key";
    /** How long a key is remembered. */
    public static final Duration KEPT = Duration.ofHours(24);
    /** The agency a key of an account of no agency (a commissioner's) is counted under. */
    private static final long NO_AGENCY = -1;
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private AccessPolicy access;

    @Inject
    private Clock clock;

    @Inject
    private Pseudonyms keyedHash;

    /** What a create under a key came to: the resource (such as {@code participants/123}), made now or before. */
    public record Outcome(String resource, boolean replayed) {
    }

    /**
     * The resource an earlier request with this key and the same content ({@code request}: its
     * content in a canonical form, kept only as a keyed hash) made,
     * or, the first time, the one {@code create} makes now, kept with the key in the same transaction
     * (so a key is kept exactly when its record is). Refused by field for a malformed key, or one sent
     * with a different request within {@link #KEPT}.
     */
    public Outcome once(String key, String request, Supplier<String> create) {
        Caller caller = access.requirePerson(access.current(), "send an idempotency key");
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException(HEADER, "must be 1-100 visible characters (a UUID, say)");
        }
        String requestHash = keyedHash.request(request);
        Instant now = Instant.now(clock);
        // the account's keys older than a day are forgotten (a key may then be used again)
        em.createNamedQuery(IdempotentRequest.EXPIRED).setParameter("user", caller.userId())
                .setParameter("before", now.minus(KEPT)).executeUpdate();
        Optional<IdempotentRequest> earlier = em.createNamedQuery(IdempotentRequest.OF_KEY, IdempotentRequest.class)
                .setParameter("user", caller.userId()).setParameter("key", key).getResultStream().findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().getRequestHash().equals(requestHash)) {
                throw new InvalidInputException(HEADER, "was sent with a different request in the last "
                        + KEPT.toHours() + " hours: send a new key with a new request");
            }
            return new Outcome(earlier.get().getResource(), true);
        }
        // the key is kept before the record is made: the same key sent twice at once waits here on the
        // key's unique index for the first to end, then fails, and makes nothing
        IdempotentRequest kept = new IdempotentRequest(caller.agencyId(), caller.userId(), key, requestHash,
                IdempotentRequest.BEING_MADE, now);
        try {
            em.persist(kept);
            em.flush();
        } catch (PersistenceException e) {
            throw new DuplicateRequestException();
        }
        String resource = create.get();
        kept.made(resource);
        return new Outcome(resource, false);
    }

    /**
     * Forgets the keys older than {@link #KEPT} of the bound agency's accounts (unbound: of accounts of
     * no agency), also of accounts that never send another: the system only.
     */
    public int forgetExpired() {
        Caller caller = access.current();
        if (!caller.isBatchSystem()) {
            throw access.denied(caller, "forget expired idempotency keys (only the system)");
        }
        return em.createNamedQuery(IdempotentRequest.EXPIRED_IN_AGENCY)
                .setParameter("agency", caller.agencyId() == null ? NO_AGENCY : caller.agencyId())
                .setParameter("before", Instant.now(clock).minus(KEPT)).executeUpdate();
    }
}
