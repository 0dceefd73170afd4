package org.gatehouse.reports;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantFilter;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.ParticipantSort;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;

/** The list of an agency's participants by region, as PDF or XLSX. */
@Stateless
public class ParticipantListReport {

    private static final int PAGE = 1000;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private ReportRenderer renderer;

    @Inject
    private Clock clock;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    public RenderedReport render(ReportFormat format) {
        Caller caller = access.requireAgencyRole("export the participant list", AccessPolicy.CASE_EDITORS);
        Agency agency = agencies.agency(caller.agencyCode());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<Participant> page = registry.list(ParticipantFilter.none(), ParticipantSort.REGION, true,
                    first, PAGE);
            page.forEach(p -> rows.add(row(p)));
            if (page.size() < PAGE) {
                break;
            }
        }
        // grouped by region in the design, so the rows must arrive region by region
        rows.sort(Comparator.comparing((Map<String, ?> r) -> (String) r.get("region"))
                .thenComparing(r -> (String) r.get("name")));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("AGENCY_NAME", agency.getName());
        parameters.put("GENERATED_AT", ReportTexts.generatedAt(clock));
        byte[] content = renderer.render("participant-list", parameters, rows, format);
        audit.recordNow(AuditKind.EXPORT, agency.getId(), "ParticipantList", null,
                rows.size() + " participants as " + format);
        String fileName = "participants-" + agency.getCode() + "-" + LocalDate.now(clock) + "." + format.extension();
        return new RenderedReport(fileName, format.contentType(), content);
    }

    private static Map<String, ?> row(Participant p) {
        Map<String, Object> row = new HashMap<>();
        row.put("region", p.getRegion().getName());
        row.put("externalRef", p.getExternalRef());
        row.put("justiceId", p.getJusticeId());
        row.put("name", p.getFamilyName() + ", " + p.getGivenName());
        row.put("program", p.getProgram().getName());
        row.put("prison", p.getPrison());
        row.put("referralDate", text(p.getReferralDate()));
        row.put("expectedReleaseDate", text(p.getExpectedReleaseDate()));
        row.put("actualReleaseDate", text(p.getActualReleaseDate()));
        return row;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
