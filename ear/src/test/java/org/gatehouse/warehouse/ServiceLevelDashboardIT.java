package org.gatehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gatehouse.Api;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.dashboards.ServiceLevelDashboard;
import org.gatehouse.dashboards.ServiceLevelFilter;
import org.gatehouse.dashboards.ServiceLevelTargets;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service-level dashboard of a known fixture: two agencies' releases of one month, some met
 * at the gate; the rates, the commissioners' suppression (primary and secondary), and the targets
 * each view judges against (an agency's own over the commissioners').
 */
@ExtendWith(ArquillianExtension.class)
class ServiceLevelDashboardIT {

    private static final Caller COMMISSIONER = new Caller(-9L, "commissioner", null, null, Set.of(Role.COMMISSIONER));
    /** A month of its own, so that the commissioners' totals over every agency are this run's two agencies. */
    private final LocalDate release = LocalDate.of(2000 + ThreadLocalRandom.current().nextInt(20),
            1 + ThreadLocalRandom.current().nextInt(12), 10);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(ServiceLevelDashboardIT.class, Loads.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private EngagementLog engagements;

    @Inject
    private WarehouseLoadJobs jobs;

    @Inject
    private ServiceLevelDashboard dashboard;

    @Inject
    private ServiceLevelTargets targets;

    @Inject
    private Accounts accounts;

    private void released(TestData.TestAgency agency, int people, int metAtTheGate) {
        Caller coordinator = agency.as(Role.COORDINATOR);
        for (int n = 1; n <= people; n++) {
            String ref = "SL-" + agency.code() + "-" + n;
            Participant p = runAs(coordinator, () -> registry.register(new ParticipantDetails(ref, "S" + ref.hashCode(),
                    "Sam", "Service", LocalDate.of(1960, 3, 1), Gender.M, null, "NORTH", "HMP Northgate", "REINT",
                    release.minusDays(60), release, release, Set.of(), null, null)));
            if (n <= metAtTheGate) {
                runAs(coordinator, () -> engagements.record(p.getId(), ActivityKind.GATE_MEETING, release));
            }
        }
    }

    @Test
    void theRatesOfTwoAgenciesAgainstTheirTargetsInBothViews() throws Exception {
        TestData.TestAgency a = TestData.newAgency(agencies, "SL");
        TestData.TestAgency b = TestData.newAgency(agencies, "SL");
        released(a, 7, 5);
        released(b, 3, 2);
        Loads.run(jobs);
        String month = YearMonth.from(release).toString();
        ServiceLevelFilter theMonth = new ServiceLevelFilter(month, month, null, null, null);

        runAs(COMMISSIONER, () -> targets.set("MET_AT_GATE", "80", "60"));
        runAs(a.as(Role.AGENCY_ADMIN), () -> targets.set("MET_AT_GATE", "70", "50"));

        // the agency's own view, unsuppressed, against its own target: 5 of 7 = 71.4%, green from 70
        assertThat(lines(runAs(a.as(Role.CASE_WORKER), () -> dashboard.figures(theMonth, "AGENCY")), "MET_AT_GATE"))
                .containsExactly("MET_AT_GATE|" + a.code() + "|false|5|7|0.7143|0.3589|0.9178|70.00|50.00|GREEN",
                        "MET_AT_GATE|ALL|false|5|7|0.7143|0.3589|0.9178|70.00|50.00|GREEN");
        // the other agency has no target of its own: the commissioners' (2 of 3 = 66.7%, amber from 60)
        assertThat(lines(runAs(b.as(Role.COORDINATOR), () -> dashboard.figures(theMonth, null)), "MET_AT_GATE"))
                .containsExactly("MET_AT_GATE|ALL|false|2|3|0.6667|0.2077|0.9385|80.00|60.00|AMBER");
        // commissioners: B's 2 and 3 withheld, so A's 5 and 7 too (each B's lone sibling); the total
        // of 7 of 10 = 70.0% stands, amber against the commissioners' 80/60
        List<String> all = lines(runAs(COMMISSIONER, () -> dashboard.figures(theMonth, "AGENCY")), "MET_AT_GATE");
        assertThat(all).contains("MET_AT_GATE|" + a.code() + "|true||||||80.00|60.00|NONE",
                "MET_AT_GATE|" + b.code() + "|true||||||80.00|60.00|NONE");
        assertThat(all.get(all.size() - 1)).isEqualTo("MET_AT_GATE|ALL|false|7|10|0.7000|0.3968|0.8922|80.00|60.00|AMBER");

        // the agency clears its own target and falls back on the commissioners'
        runAs(a.as(Role.AGENCY_ADMIN), () -> {
            targets.clear("MET_AT_GATE");
            return null;
        });
        assertThat(lines(runAs(a.as(Role.AGENCY_ADMIN), () -> dashboard.figures(theMonth, null)), "MET_AT_GATE"))
                .containsExactly("MET_AT_GATE|ALL|false|5|7|0.7143|0.3589|0.9178|80.00|60.00|AMBER");

        // bad bands and names are refused by field; only commissioners and agency admins set targets
        assertThatThrownBy(() -> runAs(COMMISSIONER, () -> targets.set("MET_AT_GATE", "60", "80")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::field).containsExactly("amberFrom"));
        assertThatThrownBy(() -> runAs(COMMISSIONER, () -> targets.set("MET_AT_GATE", "120", "x")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::field).containsExactly("greenFrom", "amberFrom"));
        assertThatThrownBy(() -> runAs(COMMISSIONER, () -> targets.set("SMILES", "1", "0")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::field).containsExactly("measure"));
        assertThat(runAs(COMMISSIONER, () -> targets.set("REFERRAL_LEAD_DAYS", "90", "42")).greenFrom())
                .isEqualByComparingTo("90");
        for (Role role : List.of(Role.COORDINATOR, Role.CASE_WORKER, Role.MENTOR)) {
            assertThatThrownBy(() -> runAs(a.as(role), () -> targets.set("MET_AT_GATE", "1", "0")))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> runAs(b.as(Role.COORDINATOR), () -> dashboard.figures(theMonth.forAgency(a.code()),
                null))).isInstanceOf(AccessDeniedException.class);

        overHttp(a, month);
    }

    private void overHttp(TestData.TestAgency a, String month) throws Exception {
        String api = Api.ROOT + "/dashboards/service-levels";
        String admin = a.user(accounts, agencies, Role.AGENCY_ADMIN);
        HttpResponse<String> figures = Api.send(admin, "GET", api + "?monthFrom=" + month + "&monthTo=" + month, null);
        assertThat(figures.statusCode()).isEqualTo(200);
        assertThat(figures.body()).contains("\"measure\":\"MET_AT_GATE\"").contains("\"rag\":\"AMBER\"");
        JsonObject bad = Api.assertProblem(Api.send(admin, "GET", api + "?monthFrom=2023-13&monthTo=May"
                + "&breakdown=WEEKDAY", null), 422);
        assertThat(bad.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactly("monthFrom", "monthTo", "breakdown");
        HttpResponse<String> set = Api.send(admin, "PUT", api + "/targets/MET_AT_GATE",
                "{\"greenFrom\": \"75\", \"amberFrom\": \"55.5\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(Api.json(set).getString("scope")).isEqualTo(a.code());
        Api.assertProblem(Api.send(admin, "PUT", api + "/targets/MET_AT_GATE",
                "{\"greenFrom\": \"75\", \"amberFrom\": \"95\"}"), 422);
        assertThat(Api.send(admin, "GET", api + "/targets", null).body()).contains("\"greenFrom\":75");
        assertThat(Api.send(admin, "DELETE", api + "/targets/MET_AT_GATE", null).statusCode()).isEqualTo(204);
        String caseWorker = a.user(accounts, agencies, Role.CASE_WORKER);
        Api.assertProblem(Api.send(caseWorker, "PUT", api + "/targets/MET_AT_GATE",
                "{\"greenFrom\": \"1\", \"amberFrom\": \"0\"}"), 403);
    }

    private static List<String> lines(List<ServiceLevelDashboard.Figures> figures, String measure) {
        return figures.stream().filter(f -> f.measure().equals(measure)).map(f -> Stream.of(f.measure(), f.group(),
                f.suppressed(), f.numerator(), f.denominator(), f.value(), f.ciLow(), f.ciHigh(), f.greenFrom(),
                f.amberFrom(), f.rag()).map(v -> v instanceof java.math.BigDecimal d ? d.toPlainString()
                : Objects.toString(v, "")).collect(Collectors.joining("|"))).toList();
    }
}
