package org.gatehouse.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.gatehouse.Deployments;
import org.gatehouse.Fuzz;
import org.gatehouse.PdfText;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantRegistry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The participant list report renders from the reports module as a real PDF and XLSX. */
@ExtendWith(ArquillianExtension.class)
class ParticipantListReportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(ParticipantListReportIT.class, Fuzz.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private ParticipantListReport report;

    private TestAgency agencyWithParticipants(String prefix) {
        TestAgency agency = TestData.newAgency(agencies, prefix);
        Caller coordinator = agency.as(Role.COORDINATOR);
        runAs(coordinator, () -> registry.register(TestData.participant("P-1", "Amy", "Abbott")));
        runAs(coordinator, () -> registry.register(TestData.participant("P-2", "Zoë", "Ngata")));
        ParticipantDetails south = TestData.participant("P-3", "Ben", "Barker");
        runAs(coordinator, () -> registry.register(new ParticipantDetails(south.externalRef(), south.justiceId(),
                south.givenName(), south.familyName(), south.dateOfBirth(), south.gender(), south.indigenousStatus(),
                "SOUTH", south.prison(), south.program(), south.referralDate(), south.expectedReleaseDate(), null,
                south.vulnerabilities(), null, null)));
        return agency;
    }

    @Test
    void thePdfListsTheAgencysParticipantsByRegionWithEmbeddedFonts() throws Exception {
        TestAgency agency = agencyWithParticipants("RPT");
        TestAgency other = agencyWithParticipants("RPT");
        runAs(other.as(Role.CASE_WORKER), () -> registry.register(TestData.participant("X-9", "Other", "Agencyperson")));

        RenderedReport pdf = runAs(agency.as(Role.CASE_WORKER), () -> report.render(ReportFormat.PDF));

        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.fileName()).startsWith("participants-" + agency.code()).endsWith(".pdf");
        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfText.of(pdf.content()))
                .contains("Participants of Test agency " + agency.code())
                .contains("Region: North").contains("Region: South")
                .contains("Abbott, Amy").contains("Ngata, Zoë").contains("Barker, Ben")
                .contains("3 participant(s) in all")
                .doesNotContain("Agencyperson");
        String raw = new String(pdf.content(), StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("DejaVuSans").contains("/FontFile2");
    }

    @Test
    void mentorsAndAgencyAdminsCannotExportTheList() {
        TestAgency agency = agencyWithParticipants("RPT");
        for (Role role : new Role[] {Role.MENTOR, Role.AGENCY_ADMIN}) {
            assertThatThrownBy(
                            () -> runAs(agency.as(role), () -> report.render(ReportFormat.PDF)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theXlsxIsASpreadsheetWithTheRows() throws Exception {
        TestAgency agency = agencyWithParticipants("RPT");

        RenderedReport xlsx = runAs(agency.as(Role.COORDINATOR), () -> report.render(ReportFormat.XLSX));

        assertThat(xlsx.fileName()).endsWith(".xlsx");
        String sharedStrings = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx.content()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    sharedStrings = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(sharedStrings).isNotNull().contains("Abbott, Amy").contains("Ngata, Zoë").contains("P-3");
    }

    /** Formulas typed into a record are cells of text in the spreadsheet: nothing in it is a formula to run. */
    @Test
    void formulasTypedIntoRecordsAreTextInTheXlsx() throws Exception {
        TestAgency agency = TestData.newAgency(agencies, "RPT");
        Caller coordinator = agency.as(Role.COORDINATOR);
        for (int n = 0; n < Fuzz.FORMULAS.size(); n++) {
            String formula = Fuzz.FORMULAS.get(n).strip();
            ParticipantDetails p = TestData.participant("F-" + n, formula, formula);
            runAs(coordinator, () -> registry.register(new ParticipantDetails(p.externalRef(), p.justiceId(),
                    p.givenName(), p.familyName(), p.dateOfBirth(), p.gender(), p.indigenousStatus(), p.region(),
                    formula, p.program(), p.referralDate(), p.expectedReleaseDate(), null, p.vulnerabilities(), null,
                    null)));
        }

        RenderedReport xlsx = runAs(coordinator, () -> report.render(ReportFormat.XLSX));

        StringBuilder sheets = new StringBuilder();
        String sharedStrings = "";
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx.content()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().startsWith("xl/worksheets/")) {
                    sheets.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                } else if (entry.getName().equals("xl/sharedStrings.xml")) {
                    sharedStrings = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(sheets.toString()).contains("<c ").doesNotContain("<f>").doesNotContain("<f ");
        String text = sheets + sharedStrings;
        assertThat(text).contains("=cmd|").contains("+SUM(1,2)").contains("@SUM(A1:A2)");
    }
}
