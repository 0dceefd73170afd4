package org.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Set;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.audit.AuditEvent;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Agencies and users are administered by the right role, inside the right agency only. */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(UserAdministrationIT.class, ScreenSession.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    @Inject
    private UserAdministration administration;

    @Inject
    private AuditTrail audit;

    private static final Caller SYSTEM_ADMIN = new Caller(-1L, "root-test", null, null, Set.of(Role.SYSTEM_ADMIN));

    @Test
    void aSystemAdminCreatesAnAgencyWhoseAdminMustReplaceTheOneTimePassword() throws Exception {
        String code = "NEW" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String adminName = "admin." + code.toLowerCase();

        NewAccount admin = runAs(SYSTEM_ADMIN, () -> administration.createAgency(code, "New agency", adminName,
                "First Admin", "admin@example.org"));

        assertThat(admin.temporaryPassword()).hasSizeGreaterThanOrEqualTo(16);
        ScreenSession browser = new ScreenSession();
        assertThat(browser.signIn(adminName, admin.temporaryPassword()).statusCode()).isEqualTo(302);
        HttpResponse<String> anyPage = browser.get("/users.xhtml");
        assertThat(anyPage.statusCode()).isEqualTo(302);
        assertThat(anyPage.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/password.xhtml"));
        accounts.changeOwnPassword(adminName, admin.temporaryPassword().toCharArray(), TestData.PASSWORD);
        ScreenSession again = new ScreenSession();
        again.signIn(adminName, TestData.PASSWORD);
        assertThat(again.get("/users.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void aBadAgencyCodeOrNameIsAClearRefusalNotAFailure() {
        assertThatThrownBy(() -> runAs(SYSTEM_ADMIN, () -> administration.createAgency("bad code!", "X",
                "x.admin", "X", null))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getViolations()).extracting(v -> v.field()).containsExactly("code"));
        assertThatThrownBy(() -> runAs(SYSTEM_ADMIN, () -> administration.createAgency("GOODCODE" + System.nanoTime()
                % 1000, "  ", "y.admin", "Y", null))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getViolations()).extracting(v -> v.field()).containsExactly("name"));
    }

    @Test
    void onlySystemAdminsCreateAgencies() {
        TestAgency agency = TestData.newAgency(agencies, "ADM");
        for (Caller caller : new Caller[] {agency.as(Role.AGENCY_ADMIN), agency.as(Role.COORDINATOR),
                new Caller(-2L, "commissioner-test", null, null, Set.of(Role.COMMISSIONER))}) {
            assertThatThrownBy(() -> runAs(caller, () -> administration.createAgency("X" + System.nanoTime() % 1000,
                    "X", "x.admin", "X", null))).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anAgencyAdminManagesOwnUsersOnly() {
        TestAgency mine = TestData.newAgency(agencies, "ADM");
        TestAgency theirs = TestData.newAgency(agencies, "ADM");
        String theirUser = theirs.user(accounts, agencies, Role.CASE_WORKER);
        long theirUserId = accounts.find(theirUser).orElseThrow().getId();
        Caller admin = mine.as(Role.AGENCY_ADMIN);

        NewAccount invited = runAs(admin, () -> administration.invite("worker." + mine.code().toLowerCase(),
                "A Worker", null, Set.of(Role.CASE_WORKER)));
        long invitedId = accounts.find(invited.username()).orElseThrow().getId();
        runAs(admin, () -> administration.changeRoles(invitedId, Set.of(Role.CASE_WORKER, Role.COORDINATOR)));
        assertThat(accounts.find(invited.username()).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.CASE_WORKER, Role.COORDINATOR);
        runAs(admin, () -> administration.disable(invitedId));
        assertThat(accounts.signIn(invited.username(), invited.temporaryPassword().toCharArray(), "t", false)
                .succeeded()).isFalse();
        runAs(admin, () -> administration.enable(invitedId));
        NewAccount reset = runAs(admin, () -> administration.resetPassword(invitedId));
        assertThat(accounts.signIn(invited.username(), reset.temporaryPassword().toCharArray(), "t", false)
                .mustChangePassword()).isTrue();
        assertThat(runAs(admin, () -> administration.users())).extracting(UserAccount::getUsername)
                .contains(invited.username()).doesNotContain(theirUser);

        assertThatThrownBy(() -> runAs(admin, () -> administration.disable(theirUserId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs(admin, () -> administration.resetPassword(theirUserId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs(admin, () -> administration.invite("boss." + mine.code().toLowerCase(),
                "Boss", null, Set.of(Role.COMMISSIONER)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> runAs(mine.as(Role.COORDINATOR), () -> administration.users()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs(admin, () -> audit.trail(AuditKind.ACCOUNT_ADMIN, null, "UserAccount", invited.username(),
                null, null, 0, 20))).extracting(AuditEvent::getDetail)
                .contains("created with roles [CASE_WORKER]", "disabled", "enabled", "password reset")
                .anySatisfy(d -> assertThat(d).startsWith("roles: "));
    }
}
