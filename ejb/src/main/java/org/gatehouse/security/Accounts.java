package org.gatehouse.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gatehouse.agency.Agency;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.platform.InvalidInputException;

/**
 * Users: signing in (with lock-out after repeated failures), creating accounts and setting
 * passwords under the password policy.
 */
@Stateless
public class Accounts {

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    private final PasswordHasher hasher = PasswordHasher.configured();

    public static int maxAttempts() {
        return Integer.getInteger("gatehouse.signin.max-attempts", 5);
    }

    public static Duration lockDuration() {
        return Duration.ofMinutes(Integer.getInteger("gatehouse.signin.lock-minutes", 15));
    }

    /**
     * Checks a user name and password. Failures are counted and audited in their own transaction,
     * so a lock-out holds whatever the caller does next.
     *
     * @param audited whether a success is audited (screens: yes; each API request: only failures)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInResult signIn(String username, char[] password, String sourceAddress, boolean audited) {
        Instant now = Instant.now(clock);
        Optional<UserAccount> found = find(username);
        if (found.isEmpty()) {
            hasher.burn(password);
            audit.recordFor(safeName(username), null, AuditKind.SIGN_IN_FAILED, "unknown user", sourceAddress);
            return SignInResult.FAILED;
        }
        UserAccount account = found.get();
        Long agencyId = account.getAgency() == null ? null : account.getAgency().getId();
        boolean passwordMatches = hasher.verify(password, account.getPasswordHash());
        if (!account.isEnabled() || account.isLocked(now) || !passwordMatches) {
            String why = !account.isEnabled() ? "account disabled"
                    : account.isLocked(now) ? "account locked" : "wrong password";
            audit.recordFor(account.getUsername(), agencyId, AuditKind.SIGN_IN_FAILED, why, sourceAddress);
            if (account.isEnabled() && !passwordMatches
                    && account.signInFailed(now, maxAttempts(), lockDuration())) {
                audit.recordFor(account.getUsername(), agencyId, AuditKind.ACCOUNT_LOCKED,
                        "locked for " + lockDuration().toMinutes() + " minutes after " + maxAttempts()
                                + " failed sign-ins", sourceAddress);
            }
            return SignInResult.FAILED;
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.setPassword(hasher.hash(password), account.isMustChangePassword());
        }
        if (account.signInWorthRecording(now)) {
            em.createNamedQuery(UserAccount.SIGNED_IN).setParameter("now", now).setParameter("id", account.getId())
                    .executeUpdate();
        }
        if (audited) {
            audit.recordFor(account.getUsername(), agencyId, AuditKind.SIGN_IN, null, sourceAddress);
        }
        return new SignInResult(Callers.of(account), account.isMustChangePassword());
    }

    public Optional<UserAccount> find(String username) {
        String normalised = UserAccount.normalise(username);
        if (normalised == null || normalised.isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", normalised)
                .getResultStream().findFirst();
    }

    /** Creates an account with a password that meets the policy (demo data, first agency admin). */
    public UserAccount create(String username, String displayName, String email, Agency agency, Set<Role> roles,
                              String password, boolean mustChangePassword) {
        if (find(username).isPresent()) {
            throw new InvalidInputException("username", "is already taken");
        }
        requireAcceptable(password, username);
        UserAccount account = new UserAccount(username, displayName, email, agency == null ? null : em.merge(agency),
                roles, hasher.hash(password.toCharArray()), mustChangePassword, Instant.now(clock));
        em.persist(account);
        audit.record(AuditKind.ACCOUNT_ADMIN, agency == null ? null : agency.getId(), "UserAccount",
                account.getUsername(), "created with roles " + roles);
        return account;
    }

    /**
     * A new installation's first system administrator, with a one-time password; nothing when one
     * exists already. In a transaction of its own: nodes starting together may race, and the unique
     * user name lets only one win.
     *
     * @return whether it was created
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean createFirstAdministrator(String username, String password) {
        long administrators = em.createNamedQuery(UserAccount.COUNT_WITH_ROLE, Long.class)
                .setParameter("role", Role.SYSTEM_ADMIN).getSingleResult();
        if (administrators > 0) {
            return false;
        }
        create(username, "System administrator", null, null, Set.of(Role.SYSTEM_ADMIN), password, true);
        return true;
    }

    /**
     * Keeps the account of a user signed in through OpenID Connect in step with their token: created
     * at first sign-in (with no password: it can only sign in through the provider), roles and
     * agency taken from the token's claims each time.
     *
     * @return the caller, or empty when the claims do not make a valid account (unknown agency,
     *         agency roles without an agency, no Gatehouse role)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Caller> provisionExternal(String username, String displayName, String agencyCode,
                                              Set<Role> roles, String sourceAddress) {
        Agency agency = agencyCode == null || agencyCode.isBlank() ? null
                : em.createNamedQuery(Agency.BY_CODE, Agency.class).setParameter("code", agencyCode.strip())
                .getResultStream().findFirst().orElse(null);
        if (roles.isEmpty() || (agencyCode != null && !agencyCode.isBlank() && agency == null)) {
            audit.recordFor(safeName(username), null, AuditKind.SIGN_IN_FAILED,
                    "OpenID Connect token without a known agency or a Gatehouse role", sourceAddress);
            return Optional.empty();
        }
        try {
            Optional<UserAccount> existing = find(username);
            UserAccount account;
            if (existing.isEmpty()) {
                account = new UserAccount(username, displayName == null ? username : displayName, null, agency, roles,
                        null, false, Instant.now(clock));
                em.persist(account);
                audit.recordFor(account.getUsername(), agency == null ? null : agency.getId(),
                        AuditKind.ACCOUNT_ADMIN, "created at first OpenID Connect sign-in with roles " + roles,
                        sourceAddress);
            } else {
                account = existing.get();
                boolean sameAgency = agency == null ? account.getAgency() == null
                        : account.getAgency() != null && account.getAgency().getId().equals(agency.getId());
                if (!sameAgency || !account.isEnabled()) {
                    audit.recordFor(account.getUsername(), null, AuditKind.SIGN_IN_FAILED,
                            !account.isEnabled() ? "account disabled" : "token names another agency", sourceAddress);
                    return Optional.empty();
                }
                if (!account.getRoles().equals(roles)) {
                    audit.recordFor(account.getUsername(), agency == null ? null : agency.getId(),
                            AuditKind.ACCOUNT_ADMIN, "roles from the token: " + account.getRoles() + " -> " + roles,
                            sourceAddress);
                    account.changeRoles(roles);
                }
            }
            return Optional.of(Callers.of(account));
        } catch (InvalidInputException invalid) {
            audit.recordFor(safeName(username), null, AuditKind.SIGN_IN_FAILED,
                    "OpenID Connect claims refused: " + invalid.getMessage(), sourceAddress);
            return Optional.empty();
        }
    }

    /** Changes the signed-in user's own password, after checking the current one. */
    public void changeOwnPassword(String username, char[] current, String replacement) {
        UserAccount account = find(username).orElseThrow(() -> new InvalidInputException("username", "unknown"));
        if (!hasher.verify(current, account.getPasswordHash())) {
            throw new InvalidInputException("current_password", "is not your current password");
        }
        requireAcceptable(replacement, account.getUsername());
        if (hasher.verify(replacement.toCharArray(), account.getPasswordHash())) {
            throw new InvalidInputException("new_password", "must differ from the current password");
        }
        account.setPassword(hasher.hash(replacement.toCharArray()), false);
        audit.record(AuditKind.ACCOUNT_ADMIN, account.getAgency() == null ? null : account.getAgency().getId(),
                "UserAccount", account.getUsername(), "password changed by its owner");
    }

    private static void requireAcceptable(String password, String username) {
        List<String> problems = PasswordPolicy.problems(password, username);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("password", String.join("; ", problems));
        }
    }

    /** A typed user name goes into the trail only if it could be one (never a mistyped password). */
    private static String safeName(String typed) {
        String normalised = UserAccount.normalise(typed);
        return normalised != null && normalised.matches("[a-z0-9][a-z0-9._@-]{2,99}") ? normalised : "(not a user name)";
    }
}
