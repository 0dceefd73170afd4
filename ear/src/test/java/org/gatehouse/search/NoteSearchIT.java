package org.gatehouse.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Map;
import java.util.Set;
import org.gatehouse.Deployments;
import org.gatehouse.Triangles;
import org.gatehouse.Triangles.Triangle;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.Pathway;
import org.gatehouse.notes.CaseNote;
import org.gatehouse.notes.CaseNotes;
import org.gatehouse.notes.Sensitivity;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Case-note search on the real server: fed by committed transactions only, access rules inside the query. */
@ExtendWith(ArquillianExtension.class)
class NoteSearchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(NoteSearchIT.class);
    }

    @Inject
    private Triangles triangles;

    @Inject
    private CaseNotes notes;

    @Inject
    private NoteSearch search;

    @Inject
    private ParticipantRegistry registry;

    @Resource
    private UserTransaction transaction;

    private Triangle triangle;

    @BeforeEach
    void aTriangle() {
        triangle = triangles.create("SRC");
    }

    private NoteResults find(Caller caller, String text) {
        return runAs(caller, () -> search.search(NoteQuery.of(text)));
    }

    private CaseNote write(Caller author, String body, Pathway pathway, Sensitivity sensitivity) {
        return runAs(author, () -> notes.write(triangle.mentee().getId(), body, pathway, sensitivity));
    }

    @Test
    void aSavedNoteIsFoundWithinASecondAndARolledBackOneNever() throws Exception {
        long before = System.nanoTime();
        write(triangle.caseWorker(), "Paid the housing bond at the letting agent", Pathway.ACCOMMODATION,
                Sensitivity.NORMAL);
        NoteResults found = find(triangle.caseWorker(), "\"housing bond\"");
        assertThat((System.nanoTime() - before) / 1_000_000).as("saved and found, ms").isLessThan(1000);
        assertThat(found.notes()).isEqualTo(1);
        assertThat(found.page()).singleElement().satisfies(c -> {
            assertThat(c.participantId()).isEqualTo(triangle.mentee().getId());
            assertThat(c.notes().get(0).snippet()).isEqualTo("Paid the <mark>housing bond</mark> at the letting agent");
        });

        transaction.begin();
        try {
            write(triangle.caseWorker(), "Methadone script collected from the chemist", Pathway.DRUGS_ALCOHOL,
                    Sensitivity.NORMAL);
        } finally {
            transaction.rollback();
        }
        Thread.sleep(1200);
        assertThat(find(triangle.caseWorker(), "methadone").notes()).isZero();
    }

    @Test
    void aSnippetIsEscapedWhateverTheNoteHolds() {
        write(triangle.caseWorker(), "<script>alert('x')</script> & <b>bold</b> claims about the bond",
                Pathway.FINANCE, Sensitivity.NORMAL);
        String matched = find(triangle.caseWorker(), "bond").page().get(0).notes().get(0).snippet();
        assertThat(matched).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script&gt;")
                .contains("<mark>bond</mark>");
        String byName = find(triangle.caseWorker(), "Mentee").page().get(0).notes().get(0).snippet();
        assertThat(byName).as("a note found by its case's name").doesNotContain("<script>")
                .contains("&lt;script&gt;");
    }

    @Test
    void aRenamedCaseIsFoundByItsNewNameOnly() {
        write(triangle.caseWorker(), "Signed on at the Jobcentre", Pathway.FINANCE, Sensitivity.NORMAL);
        assertThat(find(triangle.caseWorker(), "Mentee").notes()).isEqualTo(1);
        Participant current = runAs(triangle.coordinator(), () -> registry.participant(triangle.mentee().getId()));
        ParticipantDetails d = current.details();
        runAs(triangle.coordinator(), () -> registry.revise(current.getId(), current.getVersion(),
                new ParticipantDetails(d.externalRef(), d.justiceId(), d.givenName(), "Okonkwo", d.dateOfBirth(),
                        d.gender(), d.indigenousStatus(), d.region(), d.prison(), d.program(), d.referralDate(),
                        d.expectedReleaseDate(), d.actualReleaseDate(), d.vulnerabilities(), d.exitDate(),
                        d.exitType())));
        assertThat(find(triangle.caseWorker(), "Okonkwo").page()).singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("Pat Okonkwo"));
        assertThat(find(triangle.caseWorker(), "Mentee").notes()).isZero();
    }

    @Test
    void aCorrectionReplacesTheNoteInTheIndex() {
        CaseNote first = write(triangle.caseWorker(), "Gate pickup cancelled, prison van late", null,
                Sensitivity.NORMAL);
        CaseNote second = runAs(triangle.caseWorker(), () -> notes.correct(first.getId(), first.getVersion(),
                "Gate pickup went ahead after all", null, Sensitivity.NORMAL, "wrong day"));
        assertThat(find(triangle.caseWorker(), "cancelled").notes()).isZero();
        NoteResults now = find(triangle.caseWorker(), "\"gate pickup\"");
        assertThat(now.notes()).isEqualTo(1);
        assertThat(now.page().get(0).notes().get(0).versionId()).isEqualTo(second.getId());
    }

    @Test
    void aWithdrawnNoteIsNoLongerFound() {
        CaseNote wrong = write(triangle.caseWorker(), "Curfew breach at the Wombat hostel", Pathway.ACCOMMODATION,
                Sensitivity.NORMAL);
        assertThat(find(triangle.caseWorker(), "wombat").notes()).isEqualTo(1);
        runAs(triangle.caseWorker(), () -> notes.withdraw(wrong.getId(), wrong.getVersion(), "wrong person"));
        NoteResults after = find(triangle.caseWorker(), "wombat");
        assertThat(after.notes()).isZero();
        assertThat(after.facets().get("pathway")).isEmpty();
    }

    @Test
    void noOneGetsAHitACountOrAFacetOfANoteTheyMayNotOpen() {
        write(triangle.caseWorker(), "Zanzibar normal note", Pathway.HEALTH, Sensitivity.NORMAL);
        write(triangle.caseWorker(), "Zanzibar clinical note", Pathway.HEALTH, Sensitivity.SENSITIVE_CLINICAL);
        write(triangle.coordinator(), "Zanzibar restricted note", Pathway.HEALTH, Sensitivity.RESTRICTED);

        assertThat(find(triangle.coordinator(), "zanzibar").notes()).isEqualTo(3);
        assertThat(find(triangle.caseWorker(), "zanzibar").notes()).isEqualTo(2);
        NoteResults mentor = find(triangle.mentor(), "zanzibar");
        assertThat(mentor.notes()).isEqualTo(1);
        assertThat(mentor.facets().get("sensitivity")).containsOnly(Map.entry("NORMAL", 1L));
        assertThat(mentor.facets().get("pathway")).containsOnly(Map.entry("HEALTH", 1L));

        // a mentor of another case, another agency: nothing, not even a count
        Caller otherMentor = triangles.create("SRD").mentor();
        assertThat(find(otherMentor, "zanzibar").notes()).isZero();
        Triangle otherAgency = triangles.create("SRE");
        NoteResults elsewhere = find(otherAgency.coordinator(), "zanzibar");
        assertThat(elsewhere.notes()).isZero();
        assertThat(elsewhere.cases()).isZero();
        assertThat(elsewhere.facets().values()).allMatch(Map::isEmpty);

        // a restricted case: an excluded case worker finds none of it
        runAs(triangle.coordinator(), () -> {
            registry.restrict(triangle.mentee().getId(), Set.of(), Set.of(triangle.caseWorker().userId()));
            return null;
        });
        NoteResults excluded = find(triangle.caseWorker(), "zanzibar");
        assertThat(excluded.notes()).isZero();
        assertThat(excluded.facets().get("pathway")).isEmpty();
        assertThat(find(triangle.coordinator(), "zanzibar").notes()).isEqualTo(3);

        // another case worker, not excluded, still finds the two notes a case worker may read
        assertThat(find(triangle.agency().as(Role.CASE_WORKER), "zanzibar").notes()).isEqualTo(2);
    }

    @Test
    void wordsPhrasesPrefixesFuzzyNamesAndTheAbbreviationsOfTheTrade() {
        write(triangle.caseWorker(), "Referred to the alcohol and other drugs team; he is NFA since Monday",
                Pathway.DRUGS_ALCOHOL, Sensitivity.NORMAL);
        write(triangle.caseWorker(), "Housed at the Salvation Army hostel", Pathway.ACCOMMODATION,
                Sensitivity.NORMAL);
        Caller worker = triangle.caseWorker();
        assertThat(find(worker, "AOD").notes()).as("abbreviation finds the words").isEqualTo(1);
        assertThat(find(worker, "\"no fixed abode\"").notes()).as("words find the abbreviation").isEqualTo(1);
        assertThat(find(worker, "drug").notes()).as("stemmed").isEqualTo(1);
        assertThat(find(worker, "salvat*").notes()).as("prefix").isEqualTo(1);
        assertThat(find(worker, "hostel AND NOT drugs").notes()).as("boolean").isEqualTo(1);
        assertThat(find(worker, "Mentey~").notes()).as("a misspelt name").isEqualTo(2);
        assertThat(find(worker, "\"salvation hostel\"").notes()).as("a phrase is a phrase").isZero();
        assertThat(runAs(worker, () -> search.search(new NoteQuery("hostel OR team", Set.of(Pathway.ACCOMMODATION),
                false, null, null, null, null, Set.of(), true, 0, 20))).notes()).as("pathway filter").isEqualTo(1);
        java.time.LocalDate today = java.time.LocalDate.now();
        assertThat(runAs(worker, () -> search.search(new NoteQuery("hostel", Set.of(), false, null, today, today, null,
                Set.of(), false, 0, 20))).notes()).as("written today").isEqualTo(1);
        assertThat(runAs(worker, () -> search.search(new NoteQuery("hostel", Set.of(), false, null,
                today.plusDays(1), null, null, Set.of(), false, 0, 20))).notes()).as("from tomorrow").isZero();
        assertThatThrownBy(() -> runAs(worker, () -> search.search(new NoteQuery("hostel", Set.of(), false, null,
                today, today.minusDays(1), null, Set.of(), false, 0, 20)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> find(worker, "\"unclosed")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot be read");
    }
}
