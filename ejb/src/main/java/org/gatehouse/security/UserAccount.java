package org.gatehouse.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.Region;
import org.gatehouse.platform.InvalidInputException;

/**
 * A person who signs in: their roles, their agency (none for system administrators and
 * commissioners), their password hash and the state that locks them out after repeated failures.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.OF_AGENCY,
        query = "select u from UserAccount u where u.agency = :agency order by u.displayName, u.username")
@NamedQuery(name = UserAccount.COUNT_WITH_ROLE,
        query = "select count(u) from UserAccount u join u.roles r where r = :role")
@NamedQuery(name = UserAccount.SIGNED_IN, query = "update UserAccount u set u.failedAttempts = 0, "
        + "u.lockedUntil = null, u.lastSignInAt = :now where u.id = :id")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String OF_AGENCY = "UserAccount.ofAgency";
    public static final String COUNT_WITH_ROLE = "UserAccount.countWithRole";
    /** A sign-in recorded without the entity's version (see {@link #signInWorthRecording}). */
    public static final String SIGNED_IN = "UserAccount.signedIn";
    /** How old the last sign-in recorded may be before a new one is written (every API request signs in). */
    static final Duration SIGN_IN_RECORDED_EVERY = Duration.ofMinutes(1);

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 100, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 200)
    private String email;

    @ManyToOne
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    /** The region the user works for (a coordinator's referrals); none: the whole agency. */
    @ManyToOne
    @JoinColumn(name = "region_id")
    private Region region;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    protected UserAccount() {
    }

    /**
     * A new account. Agency roles need an agency; system administrators and commissioners have
     * none and no agency role.
     */
    public UserAccount(String username, String displayName, String email, Agency agency, Set<Role> roles,
                       String passwordHash, boolean mustChangePassword, Instant now) {
        String normalised = normalise(username);
        if (normalised == null || !USERNAME.matcher(normalised).matches()) {
            throw new InvalidInputException("username",
                    "must be 3-100 lower-case letters, digits, '.', '_', '@' or '-'");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInputException("display_name", "is required");
        }
        this.username = normalised;
        this.displayName = displayName.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.agency = agency;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(now);
        changeRoles(roles);
    }

    public static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidInputException("roles", "a user needs at least one role");
        }
        boolean agencyRoles = newRoles.stream().anyMatch(Role::isAgencyScoped);
        boolean globalRoles = newRoles.stream().anyMatch(r -> !r.isAgencyScoped());
        if (agencyRoles && globalRoles) {
            throw new InvalidInputException("roles",
                    "system administrator and commissioner cannot be combined with an agency role");
        }
        if (agencyRoles && agency == null) {
            throw new InvalidInputException("roles", "agency roles need the user to belong to an agency");
        }
        if (globalRoles && agency != null) {
            throw new InvalidInputException("roles",
                    "system administrators and commissioners do not belong to an agency");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed sign-in.
     *
     * @return whether this failure locked the account
     */
    public boolean signInFailed(Instant now, int maxAttempts, Duration lockFor) {
        if (isLocked(now)) {
            return false;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    /**
     * Whether a sign-in now changes what the account holds: failures to clear, a lock to lift, or a
     * last sign-in older than {@link #SIGN_IN_RECORDED_EVERY}. Written with {@link #SIGNED_IN}: an
     * integration's requests sign in at the same moment, and a versioned write by each would fail the
     * others.
     */
    public boolean signInWorthRecording(Instant now) {
        return failedAttempts != 0 || lockedUntil != null || lastSignInAt == null
                || lastSignInAt.isBefore(now.minus(SIGN_IN_RECORDED_EVERY));
    }

    public void setPassword(String hash, boolean mustChange) {
        this.passwordHash = Objects.requireNonNull(hash);
        this.mustChangePassword = mustChange;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    /** Assigns the region the user works for (null: the whole agency); it must be of the user's agency. */
    public void assignRegion(Region assigned) {
        if (assigned != null && (agency == null || !assigned.getAgency().getId().equals(agency.getId()))) {
            throw new InvalidInputException("region", "must be a region of the user's agency");
        }
        region = assigned;
    }

    public Region getRegion() {
        return region;
    }

    public Agency getAgency() {
        return agency;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }
}
