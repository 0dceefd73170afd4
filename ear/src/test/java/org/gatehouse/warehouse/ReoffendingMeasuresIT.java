package org.gatehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import java.math.BigDecimal;
import org.gatehouse.Api;
import org.gatehouse.Deployments;
import org.gatehouse.PdfText;
import org.gatehouse.TestData;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.dashboards.Breakdown;
import org.gatehouse.dashboards.ReoffendingDashboard;
import org.gatehouse.dashboards.ReoffendingExport;
import org.gatehouse.dashboards.ReoffendingFilter;
import org.gatehouse.evaluation.JusticeDataLabCohort;
import org.gatehouse.audit.AuditEvent;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.ImportStatus;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.gatehouse.reoffending.FeedSummary;
import org.gatehouse.reoffending.ReoffendingFeeds;
import org.gatehouse.reports.RenderedReport;
import org.gatehouse.reports.ReoffendingDashboardReport;
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
 * FORMATS.md §3 end to end: real cases in two agencies, the justice department's feed imported,
 * the warehouse loaded, and the measures of those agencies as worked out by hand (the fixture of
 * {@code ReoffendingMeasuresTest}, written out again here: 27 people, one of them in both agencies).
 */
@ExtendWith(ArquillianExtension.class)
class ReoffendingMeasuresIT {


    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(ReoffendingMeasuresIT.class, Loads.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private ReoffendingFeeds feeds;

    @Inject
    private WarehouseLoadJobs jobs;

    @Inject
    private ReoffendingDashboard dashboard;

    @Inject
    private Accounts accounts;

    @Inject
    private ReoffendingDashboardReport report;

    @Inject
    private JusticeDataLabCohort jdl;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReoffendingExport export;

    @Inject
    private org.gatehouse.dashboards.CasesBehind casesBehind;

    private static final Caller COMMISSIONER = new Caller(-9L, "commissioner", null, null, Set.of(Role.COMMISSIONER));

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    private final String run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase();
    private final StringBuilder feed = new StringBuilder("event_id,justice_id,event_type,offence_date,outcome_date,"
            + "custody_start_date,custody_reason,extract_date\r\n");
    private int events;

    private String person(int n) {
        return "M" + run + "P" + n;
    }

    private void released(Caller coordinator, int n, String program, String day) {
        LocalDate release = LocalDate.parse(day);
        runAs(coordinator, () -> registry.register(new ParticipantDetails("M-" + n + "-" + coordinator.agencyId(),
                person(n), "Mia", "Measure", LocalDate.of(1990, 5, 1), Gender.F, null, "NORTH", "HMP Northgate",
                program, release.minusDays(60), release, release, Set.of(), null, null)));
    }

    private void offence(int n, String offence, String outcome) {
        feed.append("E").append(run).append('-').append(++events).append(',').append(person(n))
                .append(",PROVEN_OFFENCE,").append(offence).append(',').append(outcome).append(",,,2026-09-30\r\n");
    }

    private void custody(int n, String start, String reason) {
        feed.append("E").append(run).append('-').append(++events).append(',').append(person(n))
                .append(",CUSTODY,,,").append(start).append(',').append(reason).append(",2026-09-30\r\n");
    }

    @Test
    void theMeasuresOfTwoAgenciesAreTheHandWorkedOnes() throws Exception {
        TestData.TestAgency a1 = TestData.newAgency(agencies, "MA");
        TestData.TestAgency a2 = TestData.newAgency(agencies, "MB");
        Caller one = a1.as(Role.COORDINATOR);
        Caller two = a2.as(Role.COORDINATOR);
        for (int p = 1; p <= 12; p++) {
            released(one, p, "REINT", "2025-01-15");
        }
        offence(1, "2025-03-01", "2025-05-01");
        offence(2, "2025-02-14", "2025-06-01");
        offence(2, "2025-08-01", "2025-10-01");
        offence(3, "2025-01-15", "2025-02-01");
        offence(4, "2026-01-15", "2026-07-16");
        offence(5, "2026-01-16", "2026-02-01");
        offence(6, "2025-12-01", "2026-07-17");
        custody(7, "2025-06-01", "RECALL");
        custody(8, "2025-06-01", "REMAND");
        custody(9, "2026-01-16", "NEW_SENTENCE");
        offence(11, "2025-03-25", "2025-04-30");
        offence(12, "2024-12-01", "2025-01-05");
        for (int p = 13; p <= 15; p++) {
            released(one, p, "TTG", "2025-02-10");
        }
        offence(13, "2025-05-01", "2025-06-01");
        for (int p = 16; p <= 20; p++) {
            released(two, p, "REINT", "2025-03-31");
        }
        offence(16, "2025-04-01", "2025-04-15");
        custody(19, "2026-03-31", "NEW_SENTENCE");
        released(one, 21, "REINT", "2025-04-01");
        offence(21, "2025-05-01", "2025-05-20");
        released(one, 22, "REINT", "2025-04-02");
        offence(22, "2025-05-01", "2025-05-20");
        released(one, 23, "REINT", "2025-06-30");
        for (int p = 24; p <= 27; p++) {
            released(two, p, "TTG", "2024-09-30");
        }
        custody(24, "2025-12-01", "RECALL");
        custody(25, "2025-01-10", "NEW_SENTENCE");
        custody(126, "2025-01-10", "RECALL");
        custody(26, "2025-02-01", "REMAND");
        offence(27, "2025-09-30", "2026-03-31");
        released(two, 28, "TTG", "2025-01-20");
        released(one, 28, "TTG", "2025-02-10");
        offence(28, "2025-02-01", "2025-03-01");
        FeedSummary imported = Loads.importFeed(feeds, "measures.csv", feed.toString());
        assertThat(imported.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(imported.unmatched()).isEqualTo(1);

        Loads.run(jobs);

        String x = a1.code();
        String y = a2.code();
        assertThat(measures(x, y)).containsExactlyInAnyOrder(
                "2024-Q3," + y + ",TTG,4,4,1,0.2500,0.0456,0.6994,1,0.2500,365.0,1,0.2500,4,2,0.5000",
                "2024-Q3," + y + ",ALL,4,4,1,0.2500,0.0456,0.6994,1,0.2500,365.0,1,0.2500,4,2,0.5000",
                "2025-Q1," + x + ",REINT,12,12,4,0.3333,0.1381,0.6094,5,0.4167,127.3,1,0.0833,0,0,",
                "2025-Q1," + x + ",TTG,4,4,1,0.2500,0.0456,0.6994,1,0.2500,80.0,0,0.0000,0,0,",
                "2025-Q1," + x + ",ALL,16,16,5,0.3125,0.1416,0.5560,6,0.3750,117.8,1,0.0625,0,0,",
                "2025-Q1," + y + ",REINT,5,5,1,0.2000,0.0362,0.6245,1,0.2000,1.0,1,0.2000,0,0,",
                "2025-Q1," + y + ",TTG,1,1,1,1.0000,0.2065,1.0000,1,1.0000,12.0,0,0.0000,0,0,",
                "2025-Q1," + y + ",ALL,6,6,2,0.3333,0.0968,0.7000,2,0.3333,6.5,1,0.1667,0,0,",
                "2025-Q2," + x + ",REINT,3,1,1,1.0000,0.2065,1.0000,1,1.0000,30.0,0,0.0000,0,0,",
                "2025-Q2," + x + ",ALL,3,1,1,1.0000,0.2065,1.0000,1,1.0000,30.0,0,0.0000,0,0,");
        // the members the rows add up, for breakdowns by the enrolment's dimensions
        assertThat(rows("select m.cohort, count(*), sum(case when m.measurable then 1 else 0 end), "
                + "sum(case when m.reoffender then 1 else 0 end), sum(m.reoffences), sum(m.days_to_first) from "
                + "warehouse.fact_reoffending_member m join warehouse.dim_agency a on a.agency_key = m.agency_key "
                + "join warehouse.dim_participant p on p.participant_key = m.participant_key and p.is_current and "
                + "p.agency_key = m.agency_key where a.code = '" + x + "' group by m.cohort"))
                .containsExactlyInAnyOrder("2025-Q1|16|16|5|6|589", "2025-Q2|3|1|1|1|30");

        // the agency's own view: unsuppressed, by program, each cohort's programs then its total
        ReoffendingFilter mine = new ReoffendingFilter("2025-Q1", "2025-Q4", null, null, null, null, null, null);
        assertThat(runAs(a1.as(Role.COORDINATOR), () -> dashboard.figures(mine, Breakdown.PROGRAM)).stream()
                .map(ReoffendingMeasuresIT::line)).containsExactly(
                "2025-Q1,REINT,false,12,12,0,4,0.3333,0.1381,0.6094,5,0.4167,127.3,1,0.0833,0,0,",
                "2025-Q1,TTG,false,4,4,0,1,0.2500,0.0456,0.6994,1,0.2500,80.0,0,0.0000,0,0,",
                "2025-Q1,ALL,false,16,16,0,5,0.3125,0.1416,0.5560,6,0.3750,117.8,1,0.0625,0,0,",
                "2025-Q2,REINT,false,3,1,2,1,1.0000,0.2065,1.0000,1,1.0000,30.0,0,0.0000,0,0,",
                "2025-Q2,ALL,false,3,1,2,1,1.0000,0.2065,1.0000,1,1.0000,30.0,0,0.0000,0,0,");
        // the agency's drill-down to the cases behind a line, from the cases themselves: TTG's four of 2025-Q1
        List<org.gatehouse.casework.Participant> behind = runAs(a1.as(Role.COORDINATOR), () -> casesBehind.cases(
                "2025-01-01", "2025-03-31", "TTG", null, null, null, null));
        assertThat(behind).extracting(org.gatehouse.casework.Participant::getJusticeId)
                .containsExactlyInAnyOrder(person(13), person(14), person(15), person(28));
        assertThat(runAs(a1.as(Role.COORDINATOR), () -> casesBehind.cases("2025-01-01", "2025-03-31", null, null,
                "F", null, null))).hasSize(16);
        // never a commissioner (no agency, no cases), nor another agency's staff (their own cases only)
        assertThatThrownBy(() -> runAs(COMMISSIONER, () -> casesBehind.cases("2025-01-01", "2025-03-31", null, null,
                null, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(runAs(TestData.newAgency(agencies, "MC").as(Role.COORDINATOR), () -> casesBehind.cases(
                "2025-01-01", "2025-03-31", "TTG", null, null, null, null))).isEmpty();
        // either end open (a service level's months from the first or to the last)
        assertThat(runAs(a1.as(Role.COORDINATOR), () -> casesBehind.cases(null, " ", "TTG", null, null, null, null)))
                .extracting(org.gatehouse.casework.Participant::getJusticeId)
                .containsExactlyInAnyOrder(person(13), person(14), person(15), person(28));
        assertThatThrownBy(() -> runAs(a1.as(Role.COORDINATOR), () -> casesBehind.cases("2025-02-30", "31/03/2025",
                "ttg", null, "Q", null, null))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                e.getViolations()).extracting(Violation::field).containsExactly("releasedFrom", "releasedTo",
                "program", "gender"));

        // the commissioners' view of the same, from the table published over every agency (the other
        // tests' agencies share these cohorts, so which partners go with a withheld cell depends on them):
        // counts 1-4 withheld (TTG's four members, REINT's four reoffenders, the one return to custody),
        // REINT's members with TTG's (its only sibling under the agency's total), a shown count the true one
        List<ReoffendingDashboard.Figures> own = runAs(a1.as(Role.COORDINATOR), () -> dashboard.figures(mine,
                Breakdown.PROGRAM));
        List<ReoffendingDashboard.Figures> seen = runAs(COMMISSIONER, () -> dashboard.figures(mine.forAgency(x),
                Breakdown.PROGRAM));
        assertThat(seen).extracting(f -> f.cohort() + "," + f.group()).containsExactly("2025-Q1,REINT",
                "2025-Q1,TTG", "2025-Q1,ALL", "2025-Q2,REINT", "2025-Q2,ALL");
        for (int i = 0; i < seen.size(); i++) {
            List<Object> shown = counts(seen.get(i));
            List<Object> truth = counts(own.get(i));
            for (int c = 0; c < shown.size(); c++) {
                if (shown.get(c) != null) {
                    assertThat(shown.get(c)).as(line(seen.get(i))).isEqualTo(truth.get(c)).isNotIn(1L, 2L, 3L, 4L);
                }
            }
        }
        assertThat(seen.get(0).members()).isNull();
        assertThat(seen.get(1).members()).isNull();
        assertThat(seen.get(0).reoffenders()).isNull();
        assertThat(seen.get(0).rate()).isNull();
        // the same cell in every request: an agency's total as the breakdown by agency shows it (withheld
        // or not) is what filtering on that agency shows, for every agency of the cohort
        ReoffendingFilter q1 = new ReoffendingFilter("2025-Q1", "2025-Q1", null, null, null, null, null, null);
        List<ReoffendingDashboard.Figures> byAgency = runAs(COMMISSIONER, () -> dashboard.figures(q1,
                Breakdown.AGENCY));
        assertThat(byAgency).extracting(ReoffendingDashboard.Figures::group).contains(x, y);
        for (ReoffendingDashboard.Figures agencyLine : byAgency) {
            if (!agencyLine.group().equals("ALL")) {
                List<ReoffendingDashboard.Figures> filtered = runAs(COMMISSIONER, () -> dashboard.figures(
                        q1.forAgency(agencyLine.group()), Breakdown.NONE));
                assertThat(line(filtered.get(0))).isEqualTo(line(agencyLine).replaceFirst(",[^,]+,", ",ALL,"));
            }
        }
        // one filter at a time: two would ask for cells the table does not hold
        assertThatThrownBy(() -> runAs(COMMISSIONER, () -> dashboard.figures(new ReoffendingFilter("2025-Q1", null, x,
                "REINT", null, null, null, null), Breakdown.GENDER))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getViolations()).extracting(Violation::field).containsExactly("program"));
        // every fault told at once: a breakdown nobody knows and a second filter
        assertThatThrownBy(() -> runAs(COMMISSIONER, () -> dashboard.figures(new ReoffendingFilter("2025-Q1", null, x,
                "REINT", null, null, null, null), "SHOE_SIZE"))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getViolations()).extracting(Violation::field).containsExactly("breakdown", "program"));
        // the §3 export: the agency's own rows and totals unsuppressed, never the totals over every agency
        String header = "cohort,agency,program,measurable,reoffenders,rate,rate_ci_low,rate_ci_high,reoffences,"
                + "frequency,mean_days_to_first,custody_12m,custody_12m_rate,measurable_24m,custody_24m,"
                + "custody_24m_rate,suppressed";
        assertThat(csvLines(runAs(a1.as(Role.CASE_WORKER), () -> export.csv()))).containsExactly(header,
                "2025-Q1," + x + ",REINT,12,4,0.3333,0.1381,0.6094,5,0.4167,127.3,1,0.0833,0,0,,false",
                "2025-Q1," + x + ",TTG,4,1,0.2500,0.0456,0.6994,1,0.2500,80.0,0,0.0000,0,0,,false",
                "2025-Q1," + x + ",ALL,16,5,0.3125,0.1416,0.5560,6,0.3750,117.8,1,0.0625,0,0,,false",
                "2025-Q2," + x + ",REINT,1,1,1.0000,0.2065,1.0000,1,1.0000,30.0,0,0.0000,0,0,,false",
                "2025-Q2," + x + ",ALL,1,1,1.0000,0.2065,1.0000,1,1.0000,30.0,0,0.0000,0,0,,false");
        // the commissioners' export: every agency, no count from 1 to 4 anywhere (the other tests' agencies
        // are in it too, so only what holds whatever they hold is checked here)
        List<String> all = csvLines(runAs(COMMISSIONER, () -> export.csv()));
        assertThat(all.get(0)).isEqualTo(header);
        assertThat(all).anyMatch(line -> line.startsWith("2025-Q1,ALL,ALL,"));
        assertThat(all).contains("2025-Q1," + x + ",TTG,,,,,,,,,0,,0,0,,true");
        // ...and the file withholds exactly what the dashboards withhold: the same published cells
        for (ReoffendingDashboard.Figures f : seen) {
            assertThat(all).contains(String.join(",", f.cohort(), x, f.group(), text(f.measurable()),
                    text(f.reoffenders()), text(f.rate()), text(f.rateCiLow()), text(f.rateCiHigh()),
                    text(f.reoffences()), text(f.frequency()), text(f.meanDaysToFirst()), text(f.custody12m()),
                    text(f.custody12mRate()), text(f.measurable24m()), text(f.custody24m()), text(f.custody24mRate()),
                    Boolean.toString(Stream.of(f.measurable(), f.reoffenders(), f.reoffences(), f.custody12m(),
                            f.measurable24m(), f.custody24m()).anyMatch(java.util.Objects::isNull))));
        }
        for (String line : all.subList(1, all.size())) {
            String[] cells = line.split(",", -1);
            for (int column : new int[] {3, 4, 8, 11, 13, 14}) {
                assertThat(cells[column]).as(line).isNotIn("1", "2", "3", "4");
            }
        }
        // nobody else, and an agency's staff only for their own agency
        assertThatThrownBy(() -> runAs(a2.as(Role.COORDINATOR), () -> dashboard.figures(mine.forAgency(x),
                Breakdown.NONE))).isInstanceOf(AccessDeniedException.class);
        for (Caller refused : List.of(a1.as(Role.MENTOR), Loads.PLATFORM_TEAM, Caller.systemFor(a1.id(), x))) {
            assertThatThrownBy(() -> runAs(refused, () -> dashboard.figures(mine, Breakdown.NONE)))
                    .as(refused.username()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs(refused, () -> export.csv())).as(refused.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> runAs(COMMISSIONER, () -> dashboard.figures(new ReoffendingFilter("2025-Q5", null,
                null, null, null, "Z", null, null), Breakdown.NONE))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getViolations()).extracting(Violation::field).containsExactly("cohortFrom", "gender"));

        theSameOverHttp(a1, a2);
        theSameInPrint(a1, mine);
    }

    /** The printed report: cover, figures, chart and definitions as text in the PDF; XLSX and CSV of the same. */
    private void theSameInPrint(TestData.TestAgency a1, ReoffendingFilter mine) throws Exception {
        String x = a1.code();
        RenderedReport agencyPdf = runAs(a1.as(Role.CASE_WORKER), () -> report.render(mine, "PROGRAM",
                new BigDecimal("41.5"), ReportFormat.PDF));
        assertThat(agencyPdf.contentType()).isEqualTo("application/pdf");
        String own = PdfText.of(agencyPdf.content());
        assertThat(own).contains("Reoffending after release", "Agency view: " + x + "'s own figures",
                "Cohorts from 2025-Q1 to 2025-Q4; agency " + x + "; by program", "Definitions",
                "Proven reoffending rate: The one-year proven reoffending rate",
                "Mean days to first reoffence: Mean days from release");
        // text extraction runs right-aligned cells together: compared without spaces
        assertThat(own.replaceAll("\\s+", "")).contains(
                "2025-Q1REINT12120433.3%(13.8%–60.9%)50.4167127.31(8.3%)00(–)",
                "2025-Q1ALL16160531.3%(14.2%–55.6%)60.3750117.81(6.3%)00(–)");
        RenderedReport commissionerPdf = runAs(COMMISSIONER, () -> report.render(mine.forAgency(x), "PROGRAM", null,
                ReportFormat.PDF));
        String theirs = PdfText.of(commissionerPdf.content());
        assertThat(theirs).contains("Commissioner view: every agency. Any count below 5 is withheld");
        assertThat(theirs.replaceAll("\\s+", "")).contains("2025-Q1TTG––0–––––0(–)00(–)")
                .doesNotContain("2025-Q1TTG4");

        RenderedReport xlsx = runAs(a1.as(Role.COORDINATOR), () -> report.render(mine, "PROGRAM", null,
                ReportFormat.XLSX));
        assertThat(new String(xlsx.content(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(xlsx.fileName()).endsWith(".xlsx");
        RenderedReport csv = runAs(COMMISSIONER, () -> report.render(mine.forAgency(x), "PROGRAM", null,
                ReportFormat.CSV));
        List<String> expected = new ArrayList<>(List.of("cohort,group,suppressed,members,measurable,"
                + "not_yet_measurable,reoffenders,rate,rate_ci_low,rate_ci_high,reoffences,frequency,mean_days_to_first,"
                + "custody_12m,custody_12m_rate,measurable_24m,custody_24m,custody_24m_rate"));
        runAs(COMMISSIONER, () -> dashboard.figures(mine.forAgency(x), Breakdown.PROGRAM)).forEach(f ->
                expected.add(line(f)));
        assertThat(csvLines(csv.content())).containsExactlyElementsOf(expected);
        assertThat(expected.get(2)).startsWith("2025-Q1,TTG,true,,,0,,");
        assertThatThrownBy(() -> runAs(a1.as(Role.MENTOR), () -> report.render(mine, null, null, ReportFormat.PDF)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The API gives the same figures and file, refuses the same people, and names each bad parameter. */
    private void theSameOverHttp(TestData.TestAgency a1, TestData.TestAgency a2) throws Exception {
        String api = Api.ROOT + "/dashboards/reoffending";
        String x = a1.code();
        String coordinator = a1.user(accounts, agencies, Role.COORDINATOR);
        String commissioner = "commissioner.m" + System.nanoTime();
        accounts.create(commissioner, "Commissioner", null, null, Set.of(Role.COMMISSIONER), TestData.PASSWORD, false);

        HttpResponse<String> own = Api.send(coordinator, "GET", api + "?cohortFrom=2025-Q2&breakdown=PROGRAM", null);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        JsonArray rows = Json.createReader(new StringReader(own.body())).readArray();
        assertThat(rows).hasSize(2);
        JsonObject reint = rows.getJsonObject(0);
        assertThat(List.of(reint.getString("cohort"), reint.getString("group"), reint.get("members").toString(),
                reint.get("reoffenders").toString(), reint.getJsonNumber("rate").bigDecimalValue().toPlainString()))
                .containsExactly("2025-Q2", "REINT", "3", "1", "1.0000");

        HttpResponse<String> suppressed = Api.send(commissioner, "GET", api + "?cohortFrom=2025-Q2&cohortTo=2025-Q2"
                + "&agency=" + x + "&breakdown=PROGRAM", null);
        assertThat(suppressed.statusCode()).isEqualTo(200);
        JsonObject total = Json.createReader(new StringReader(suppressed.body())).readArray().getJsonObject(1);
        assertThat(total.getString("group")).isEqualTo("ALL");
        assertThat(total.getBoolean("suppressed")).isTrue();
        assertThat(total.containsKey("members") && !total.isNull("members")).as("3 members withheld").isFalse();

        JsonObject bad = Api.assertProblem(Api.send(commissioner, "GET", api + "?cohortFrom=2025-Q9&gender=female"
                + "&breakdown=SHOE_SIZE", null), 422);
        assertThat(bad.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactly("cohortFrom", "gender", "breakdown");
        Api.assertProblem(Api.send(a2.user(accounts, agencies, Role.COORDINATOR), "GET", api + "?agency=" + x, null),
                403);
        String mentor = a1.user(accounts, agencies, Role.MENTOR);
        Api.assertProblem(Api.send(mentor, "GET", api, null), 403);
        Api.assertProblem(Api.get(mentor, api + "/measures.csv", "text/csv"), 403);

        HttpResponse<String> pdf = Api.get(coordinator, api + "/report.pdf?breakdown=PROGRAM&baseline=41.5",
                "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(Api.get(commissioner, api + "/report.csv?agency=" + x, "text/csv").body())
                .startsWith("cohort,group,suppressed,members,");
        JsonObject badBaseline = Api.assertProblem(Api.get(commissioner, api + "/report.xlsx?baseline=lots", "*/*"),
                422);
        assertThat(badBaseline.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("baseline");
        Api.assertProblem(Api.get(mentor, api + "/report.pdf", "application/pdf"), 403);

        HttpResponse<String> csv = Api.get(coordinator, api + "/measures.csv", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"reoffending-measures.csv\"");
        assertThat(csv.body().split("\r\n")).contains("2025-Q2," + x + ",ALL,1,1,1.0000,0.2065,1.0000,1,1.0000,30.0,0,"
                + "0.0000,0,0,,false");
    }

    @Test
    void theJusticeDataLabCohortIsTheAgencysReleasedPeopleForItsAdminOnly() throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "JDL");
        Caller coordinator = agency.as(Role.COORDINATOR);
        List<Long> ids = new ArrayList<>();
        for (int n = 0; n <= 62; n++) {
            // 61 released in 2024 (50 REINT, 11 TTG), one the day before, one not yet
            LocalDate release = n == 61 ? LocalDate.of(2023, 12, 31) : n == 62 ? null
                    : LocalDate.of(2024, 3, 1).plusDays(n);
            String program = n >= 50 && n <= 60 ? "TTG" : "REINT";
            String ref = "JDL-" + n;
            ids.add(runAs(coordinator, () -> registry.register(new ParticipantDetails(ref, "J" + run + "-" + ref,
                    "Jay", "Cohort", LocalDate.of(1990, 5, 1), Gender.F, null, "NORTH", "HMP Northgate", program,
                    LocalDate.of(2023, 11, 1), LocalDate.of(2024, 3, 1), release, Set.of(), null, null))).getId());
        }
        // one person enrolled twice (both programs), released on two days in the dates: one line, the first
        for (String program : List.of("TTG", "REINT")) {
            LocalDate release = program.equals("TTG") ? LocalDate.of(2024, 7, 1) : LocalDate.of(2024, 6, 1);
            runAs(coordinator, () -> registry.register(new ParticipantDetails("JDL-63-" + program, "J" + run + "-JDL-63",
                    "Twice", "Cohort", LocalDate.of(1991, 6, 2), Gender.M, null, "NORTH", "HMP Northgate", program,
                    LocalDate.of(2023, 11, 1), release, release, Set.of(), null, null)));
        }
        Caller admin = agency.as(Role.AGENCY_ADMIN);
        long colleague = agency.account(accounts, agencies, Role.COORDINATOR).userId();
        runAs(admin, () -> {
            registry.restrict(ids.get(0), Set.of(colleague), Set.of());
            return null;
        });

        List<String> lines = csvLines(runAs(admin, () -> jdl.csv("2024-01-01", "2024-12-31", " ")));
        assertThat(lines.get(0)).isEqualTo("surname,forename,date_of_birth,gender,index_date,justice_id");
        assertThat(lines).as("62 people released in the dates, one restricted from the admin").hasSize(62)
                .doesNotContain("Cohort,Jay,1990-05-01,F,2024-03-01,J" + run + "-JDL-0");
        assertThat(lines.get(1)).isEqualTo("Cohort,Jay,1990-05-01,F,2024-03-02,J" + run + "-JDL-1");
        assertThat(lines.get(60)).isEqualTo("Cohort,Jay,1990-05-01,F,2024-04-30,J" + run + "-JDL-60");
        assertThat(lines.get(61)).isEqualTo("Cohort,Twice,1991-06-02,M,2024-06-01,J" + run + "-JDL-63");
        // fewer than the Data Lab's 60, or wrong dates: refused and said why
        assertThatThrownBy(() -> runAs(admin, () -> jdl.csv("2024-01-01", "2024-12-31", "REINT")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations().get(0)
                        .message()).startsWith("gives 50 people").contains("at least 60"));
        assertThatThrownBy(() -> runAs(admin, () -> jdl.csv("2024-13-01", "", "reint;")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::field).containsExactly("releasedFrom", "releasedTo", "program"));
        // its admin only; another agency's admin gets their own agency's (nobody), never these
        for (Role role : List.of(Role.COORDINATOR, Role.CASE_WORKER, Role.MENTOR)) {
            assertThatThrownBy(() -> runAs(agency.as(role), () -> jdl.csv("2024-01-01", "2024-12-31", null)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> runAs(COMMISSIONER, () -> jdl.csv("2024-01-01", "2024-12-31", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs(TestData.newAgency(agencies, "JDL").as(Role.AGENCY_ADMIN),
                () -> jdl.csv("2024-01-01", "2024-12-31", null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getViolations().get(0).message()).startsWith("gives 0 people"));
        assertThat(runAs(admin, () -> audit.trail(AuditKind.EXPORT, null, "JusticeDataLabCohort", null, null, null, 0,
                10))).extracting(AuditEvent::getDetail).containsExactly("61 people released 2024-01-01 to 2024-12-31, "
                + "2 enrolments left out (restricted, or a person's later ones)");
    }

    /** A figure as the export writes it (empty where withheld). */
    private static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    /** The counts of a line, in order (null where withheld). */
    private static List<Object> counts(ReoffendingDashboard.Figures f) {
        return java.util.Arrays.asList(f.members(), f.measurable(), f.notYetMeasurable(), f.reoffenders(),
                f.reoffences(), f.custody12m(), f.measurable24m(), f.custody24m());
    }

    private static List<String> csvLines(byte[] csv) {
        return List.of(new String(csv, java.nio.charset.StandardCharsets.UTF_8).split("\r\n"));
    }

    private static String line(ReoffendingDashboard.Figures f) {
        return Stream.of(f.cohort(), f.group(), f.suppressed(), f.members(), f.measurable(), f.notYetMeasurable(),
                f.reoffenders(), f.rate(), f.rateCiLow(), f.rateCiHigh(), f.reoffences(), f.frequency(),
                f.meanDaysToFirst(), f.custody12m(), f.custody12mRate(), f.measurable24m(), f.custody24m(),
                f.custody24mRate()).map(v -> v instanceof java.math.BigDecimal d ? d.toPlainString()
                : java.util.Objects.toString(v, "")).collect(Collectors.joining(","));
    }

    private List<String> rows(String query) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery(query)) {
            while (row.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    values.add(String.valueOf(row.getObject(i)));
                }
                lines.add(String.join("|", values));
            }
        }
        return lines;
    }

    /** The measure rows of the two agencies, in the §3 columns. */
    private List<String> measures(String a1, String a2) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("select cohort, agency, program, members, measurable, reoffenders, rate, "
                     + "rate_ci_low, rate_ci_high, reoffences, frequency, mean_days_to_first, custody_12m, "
                     + "custody_12m_rate, measurable_24m, custody_24m, custody_24m_rate from warehouse.measure_reoffending "
                     + "where agency in ('" + a1 + "', '" + a2 + "')")) {
            while (row.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= 17; i++) {
                    Object value = row.getObject(i);
                    values.add(value == null ? "" : value instanceof java.math.BigDecimal d ? d.toPlainString()
                            : value.toString());
                }
                lines.add(String.join(",", values));
            }
        }
        return lines;
    }
}
