package org.gatehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
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
import org.gatehouse.PdfText;
import org.gatehouse.TestData;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.ExitReason;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.dashboards.MentorPipelineDashboard;
import org.gatehouse.dashboards.ServiceLevelDashboard;
import org.gatehouse.dashboards.ServiceLevelFilter;
import org.gatehouse.dashboards.ServiceLevelTargets;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.mentoring.MentorDetails;
import org.gatehouse.mentoring.MentorRegistry;
import org.gatehouse.mentoring.MentorType;
import org.gatehouse.mentoring.WeeklySlot;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.reports.MentorPipelineReport;
import org.gatehouse.reports.ReportFormat;
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

    @Inject
    private MentorRegistry mentors;

    @Inject
    private MentorPipelineDashboard mentorDashboard;

    @Inject
    private MentorPipelineReport mentorReport;

    /** People numbered {@code first} on released in the month, the first {@code metAtTheGate} of them met at the gate. */
    private void released(TestData.TestAgency agency, int first, int people, int metAtTheGate) {
        Caller coordinator = agency.as(Role.COORDINATOR);
        for (int n = first; n < first + people; n++) {
            String ref = "SL-" + agency.code() + "-" + n;
            Participant p = runAs(coordinator, () -> registry.register(new ParticipantDetails(ref, "S" + ref.hashCode(),
                    "Sam", "Service", LocalDate.of(1960, 3, 1), Gender.M, null, "NORTH", "HMP Northgate", "REINT",
                    release.minusDays(60), release, release, Set.of(), null, null)));
            if (n < first + metAtTheGate) {
                runAs(coordinator, () -> engagements.record(p.getId(), ActivityKind.GATE_MEETING, release));
            }
            // ended within the month: open in no other month, whatever later runs of this test add
            runAs(coordinator, () -> registry.exit(p.getId(), registry.participant(p.getId()).getVersion(),
                    release.plusDays(5), ExitReason.COMPLETED));
        }
    }

    @Test
    void theRatesOfTwoAgenciesAgainstTheirTargetsInBothViews() throws Exception {
        TestData.TestAgency a = TestData.newAgency(agencies, "SL");
        TestData.TestAgency b = TestData.newAgency(agencies, "SL");
        released(a, 1, 7, 5);
        released(b, 1, 3, 2);
        for (int n = 1; n <= 6; n++) {
            TestData.activeMentor(mentors, a.as(Role.COORDINATOR), "Mentor" + (char) ('A' + n), "NORTH", 3);
        }
        TestData.activeMentor(mentors, b.as(Role.COORDINATOR), "Mentorb", "NORTH", 3);
        runAs(b.as(Role.COORDINATOR), () -> mentors.register(new MentorDetails("NORTH", "Ann", "Applicant", null, null,
                Gender.F, MentorType.VOLUNTEER, "English", null, false, 2, Set.of(WeeklySlot.TUE_EVENING), null, null)));
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
        // the same cells whatever the request: filtering on A does not give A's withheld 5 of 7 (with the
        // total, B's 2 of 3), nor does a range of months holding that month, nor the total by month less
        // the other months; two filters at once ask for cells nobody published
        String withheld = "MET_AT_GATE|ALL|true||||||80.00|60.00|NONE";
        assertThat(lines(runAs(COMMISSIONER, () -> dashboard.figures(theMonth.forAgency(a.code()), null)),
                "MET_AT_GATE")).containsExactly(withheld);
        String next = YearMonth.from(release).plusMonths(1).toString();
        assertThat(lines(runAs(COMMISSIONER, () -> dashboard.figures(new ServiceLevelFilter(month, next, a.code(), null,
                null), null)), "MET_AT_GATE")).containsExactly(withheld);
        assertThat(lines(runAs(COMMISSIONER, () -> dashboard.figures(new ServiceLevelFilter(month, next, null, "REINT",
                null), "AGENCY")), "MET_AT_GATE")).contains("MET_AT_GATE|" + a.code() + "|true||||||80.00|60.00|NONE");
        assertThat(lines(runAs(COMMISSIONER, () -> dashboard.figures(new ServiceLevelFilter(month, next, null, null,
                null), "MONTH")), "MET_AT_GATE")).startsWith(
                        "MET_AT_GATE|" + month + "|false|7|10|0.7000|0.3968|0.8922|80.00|60.00|AMBER");
        // the whole quarter is read from the quarter's own cells, suppressed with its months: the same here
        YearMonth first = YearMonth.of(release.getYear(), 3 * ((release.getMonthValue() - 1) / 3) + 1);
        ServiceLevelFilter quarter = new ServiceLevelFilter(first.toString(), first.plusMonths(2).toString(), null,
                null, null);
        assertThat(lines(runAs(COMMISSIONER, () -> dashboard.figures(quarter, "MONTH")), "MET_AT_GATE"))
                .containsExactly("MET_AT_GATE|" + month + "|false|7|10|0.7000|0.3968|0.8922|80.00|60.00|AMBER",
                        "MET_AT_GATE|ALL|false|7|10|0.7000|0.3968|0.8922|80.00|60.00|AMBER");
        assertThat(lines(runAs(COMMISSIONER, () -> dashboard.figures(quarter.forAgency(a.code()), null)),
                "MET_AT_GATE")).containsExactly(withheld);
        assertThatThrownBy(() -> runAs(COMMISSIONER, () -> dashboard.figures(new ServiceLevelFilter(month, month,
                a.code(), null, "NORTH"), null))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getViolations()).extracting(Violation::field).containsExactly("region"));

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

        mentoring(a, b, month);
        overHttp(a, month);

        // an agency's answers are kept until the next load, which is seen at once: 6 of 8 now
        released(a, 8, 1, 1);
        Loads.run(jobs);
        assertThat(lines(runAs(a.as(Role.CASE_WORKER), () -> dashboard.figures(theMonth, "AGENCY")), "MET_AT_GATE"))
                .containsExactly("MET_AT_GATE|" + a.code() + "|false|6|8|0.7500|0.4093|0.9285|80.00|60.00|AMBER",
                        "MET_AT_GATE|ALL|false|6|8|0.7500|0.4093|0.9285|80.00|60.00|AMBER");
    }

    /** The mentor pipeline of today's recruits and the month's activity: 5 and 2 engagements over 7 and 3 cases. */
    private void mentoring(TestData.TestAgency a, TestData.TestAgency b, String month) throws Exception {
        String today = YearMonth.now().toString();
        ServiceLevelFilter recruitedToday = new ServiceLevelFilter(today, today, null, null, null);
        // a new agency asks for no course, so its vetted active mentors are trained
        assertThat(runAs(a.as(Role.COORDINATOR), () -> mentorDashboard.pipeline(recruitedToday, "REGION")))
                .extracting(Object::toString).containsExactly(
                        "Pipeline[group=NORTH, suppressed=false, recruited=6, vetted=6, trained=6, active=6, "
                                + "supervised=0, debriefs=0, formerParticipants=0]",
                        "Pipeline[group=ALL, suppressed=false, recruited=6, vetted=6, trained=6, active=6, "
                                + "supervised=0, debriefs=0, formerParticipants=0]");
        assertThat(runAs(COMMISSIONER, () -> mentorDashboard.pipeline(recruitedToday.forAgency(b.code()), null)))
                .extracting(Object::toString).containsExactly("Pipeline[group=ALL, suppressed=true, recruited=null, "
                        + "vetted=null, trained=null, active=null, supervised=0, debriefs=0, formerParticipants=0]");

        ServiceLevelFilter theMonth = new ServiceLevelFilter(month, month, null, null, null);
        assertThat(runAs(a.as(Role.CASE_WORKER), () -> mentorDashboard.activity(theMonth, null)))
                .extracting(Object::toString).containsExactly("Activity[month=" + month + ", group=ALL, "
                        + "suppressed=false, engagements=5, cases=7, perCase=0.7]");
        // commissioners: B's 2 and 3 withheld, so A's too; the month's total stands
        assertThat(runAs(COMMISSIONER, () -> mentorDashboard.activity(theMonth, "AGENCY")))
                .extracting(Object::toString).containsExactlyInAnyOrder(
                        "Activity[month=" + month + ", group=" + a.code() + ", suppressed=true, engagements=null, "
                                + "cases=null, perCase=null]",
                        "Activity[month=" + month + ", group=" + b.code() + ", suppressed=true, engagements=null, "
                                + "cases=null, perCase=null]",
                        "Activity[month=" + month + ", group=ALL, suppressed=false, engagements=7, cases=10, "
                                + "perCase=0.7]");
        // A's month asked for alone is the same withheld cell
        assertThat(runAs(COMMISSIONER, () -> mentorDashboard.activity(theMonth.forAgency(a.code()), null)))
                .extracting(Object::toString).containsExactly("Activity[month=" + month + ", group=ALL, "
                        + "suppressed=true, engagements=null, cases=null, perCase=null]");
        assertThatThrownBy(() -> runAs(COMMISSIONER, () -> mentorDashboard.pipeline(theMonth, "PROGRAM")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::field).containsExactly("breakdown"));
        assertThatThrownBy(() -> runAs(COMMISSIONER, () -> mentorDashboard.activity(new ServiceLevelFilter("2001-01",
                "2004-12", null, null, null), null))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("36 months");
        assertThatThrownBy(() -> runAs(a.as(Role.MENTOR), () -> mentorDashboard.activity(theMonth, null)))
                .isInstanceOf(AccessDeniedException.class);

        // both in print: the agency's own in full, the commissioners' withheld as on the screen
        String printed = PdfText.of(runAs(a.as(Role.CASE_WORKER), () -> mentorReport.render(recruitedToday, "REGION",
                ReportFormat.PDF)).content());
        assertThat(printed).contains("Mentors", "Agency view: " + a.code() + "'s own figures",
                "Mentor pipeline (mentors recruited in the months chosen)", "Mentoring activity", "Definitions");
        assertThat(printed.replaceAll("\\s+", "")).contains("NORTH6666000", "ALL6666000");
        List<String> csv = List.of(new String(runAs(COMMISSIONER, () -> mentorReport.render(theMonth, "AGENCY",
                ReportFormat.CSV)).content(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n"));
        assertThat(csv.get(0)).isEqualTo("section,month,group,suppressed,recruited,vetted,trained,active,supervised,"
                + "debriefs,former_participants,engagements,cases,per_case");
        assertThat(csv).contains("ACTIVITY," + month + "," + a.code() + ",true,,,,,,,,,,",
                "ACTIVITY," + month + ",ALL,false,,,,,,,,7,10,0.7");
    }

    private void overHttp(TestData.TestAgency a, String month) throws Exception {
        String api = Api.ROOT + "/dashboards/service-levels";
        String admin = a.user(accounts, agencies, Role.AGENCY_ADMIN);
        HttpResponse<String> figures = Api.send(admin, "GET", api + "?monthFrom=" + month + "&monthTo=" + month, null);
        assertThat(figures.statusCode()).isEqualTo(200);
        // A's own 5 of 7 = 71.4%, judged by the commissioners' 80/60 since A cleared its own target
        JsonObject metAtGate = Json.createReader(new StringReader(figures.body())).readArray().stream()
                .map(JsonValue::asJsonObject).filter(f -> f.getString("measure").equals("MET_AT_GATE")
                        && f.getString("group").equals("ALL")).findFirst().orElseThrow();
        assertThat(List.of(metAtGate.get("numerator").toString(), metAtGate.get("denominator").toString(),
                metAtGate.getString("rag"))).containsExactly("5", "7", "AMBER");
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
