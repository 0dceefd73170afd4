package org.gatehouse.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.agency.Region;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;

/**
 * Administration of agencies and users: a system administrator creates agencies with their first
 * administrator; an agency administrator invites, changes, disables and resets the users of their
 * own agency. New and reset accounts get a one-time password that must be changed at first sign-in.
 */
@Stateless
public class UserAdministration {

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private AccessPolicy access;

    @Inject
    private Accounts accounts;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private AuditTrail audit;

    public List<Agency> agencies() {
        access.requireRole("list agencies", Role.SYSTEM_ADMIN);
        return agencies.agencies();
    }

    /** Creates an agency and its first administrator. */
    public NewAccount createAgency(String code, String name, String adminUsername, String adminName,
                                   String adminEmail) {
        access.requireRole("create an agency", Role.SYSTEM_ADMIN);
        Agency agency = agencies.createAgency(code, name);
        String password = TemporaryPasswords.next();
        UserAccount admin = accounts.create(adminUsername, adminName, adminEmail, agency, Set.of(Role.AGENCY_ADMIN),
                password, true);
        audit.record(AuditKind.ACCOUNT_ADMIN, agency.getId(), "Agency", agency.getCode(),
                "agency created with administrator " + admin.getUsername());
        return new NewAccount(admin.getUsername(), password);
    }

    public List<UserAccount> users() {
        Caller admin = access.requireAgencyRole("list users", Role.AGENCY_ADMIN);
        return em.createNamedQuery(UserAccount.OF_AGENCY, UserAccount.class)
                .setParameter("agency", em.find(Agency.class, admin.agencyId())).getResultList();
    }

    /** The users of the caller's agency, for choosing who may or may not reach a restricted record. */
    public List<UserAccount> colleagues() {
        Caller caller = access.requireAgencyRole("list colleagues", Role.AGENCY_ADMIN, Role.COORDINATOR);
        return em.createNamedQuery(UserAccount.OF_AGENCY, UserAccount.class)
                .setParameter("agency", em.find(Agency.class, caller.agencyId())).getResultList();
    }

    public NewAccount invite(String username, String displayName, String email, Set<Role> roles) {
        Caller admin = access.requireAgencyRole("invite a user", Role.AGENCY_ADMIN);
        String password = TemporaryPasswords.next();
        UserAccount account = accounts.create(username, displayName, email, em.find(Agency.class, admin.agencyId()),
                roles, password, true);
        return new NewAccount(account.getUsername(), password);
    }

    public void changeRoles(long userId, Set<Role> roles) {
        Caller admin = access.requireAgencyRole("change a user's roles", Role.AGENCY_ADMIN);
        UserAccount account = own(admin, userId);
        if (account.getId().equals(admin.userId()) && !roles.contains(Role.AGENCY_ADMIN)) {
            throw new InvalidInputException("roles", "you cannot remove your own administrator role");
        }
        Set<Role> before = account.getRoles();
        account.changeRoles(roles);
        audit.record(AuditKind.ACCOUNT_ADMIN, admin.agencyId(), "UserAccount", account.getUsername(),
                "roles: " + before + " -> " + roles);
    }

    /** The user screen's save: roles and region together, or neither. */
    public void changeRolesAndRegion(long userId, Set<Role> roles, String regionCode) {
        changeRoles(userId, roles);
        assignRegion(userId, regionCode);
    }

    /** Sets the region a user works for (a coordinator's referrals), or none by a null code. */
    public void assignRegion(long userId, String regionCode) {
        Caller admin = access.requireAgencyRole("assign a user's region", Role.AGENCY_ADMIN);
        UserAccount account = own(admin, userId);
        Region region = null;
        if (regionCode != null && !regionCode.isBlank()) {
            region = agencies.findRegion(account.getAgency(), regionCode)
                    .orElseThrow(() -> new InvalidInputException("region", "is not a region of this agency"));
        }
        String before = account.getRegion() == null ? "none" : account.getRegion().getCode();
        account.assignRegion(region);
        audit.record(AuditKind.ACCOUNT_ADMIN, admin.agencyId(), "UserAccount", account.getUsername(),
                "region: " + before + " -> " + (region == null ? "none" : region.getCode()));
    }

    public void disable(long userId) {
        Caller admin = access.requireAgencyRole("disable a user", Role.AGENCY_ADMIN);
        UserAccount account = own(admin, userId);
        if (account.getId().equals(admin.userId())) {
            throw new InvalidInputException("user", "you cannot disable your own account");
        }
        account.disable();
        audit.record(AuditKind.ACCOUNT_ADMIN, admin.agencyId(), "UserAccount", account.getUsername(), "disabled");
    }

    public void enable(long userId) {
        Caller admin = access.requireAgencyRole("enable a user", Role.AGENCY_ADMIN);
        UserAccount account = own(admin, userId);
        account.enable();
        audit.record(AuditKind.ACCOUNT_ADMIN, admin.agencyId(), "UserAccount", account.getUsername(), "enabled");
    }

    /** Gives the user a new one-time password (and lifts a lock-out). */
    public NewAccount resetPassword(long userId) {
        Caller admin = access.requireAgencyRole("reset a password", Role.AGENCY_ADMIN);
        UserAccount account = own(admin, userId);
        String password = TemporaryPasswords.next();
        account.setPassword(PasswordHasher.configured().hash(password.toCharArray()), true);
        audit.record(AuditKind.ACCOUNT_ADMIN, admin.agencyId(), "UserAccount", account.getUsername(),
                "password reset");
        return new NewAccount(account.getUsername(), password);
    }

    private UserAccount own(Caller admin, long userId) {
        UserAccount account = em.find(UserAccount.class, userId);
        if (account == null || account.getAgency() == null || !account.getAgency().getId().equals(admin.agencyId())) {
            throw new NotFoundException("user " + userId);
        }
        return account;
    }
}
