package org.gatehouse.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.ExitReason;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.IndigenousStatus;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantFilter;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.ParticipantSort;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.consent.ConsentRecords;
import org.gatehouse.consent.ConsentScope;
import org.gatehouse.mentoring.Mentor;
import org.gatehouse.mentoring.MentorDetails;
import org.gatehouse.mentoring.MentorRegistry;
import org.gatehouse.mentoring.MentorStatus;
import org.gatehouse.mentoring.MentorType;
import org.gatehouse.mentoring.WeeklySlot;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.gatehouse.security.UserAccount;
import org.gatehouse.worklist.Outstanding;
import org.gatehouse.worklist.Worklists;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Matching on the real server and database: ranking, the coordinator's decisions, the triangle, pool proposals. */
@ExtendWith(ArquillianExtension.class)
class MatchingIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(MatchingIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    @Inject
    private ParticipantRegistry participants;

    @Inject
    private ConsentRecords consents;

    @Inject
    private MentorRegistry mentors;

    @Inject
    private MatchingDesk desk;

    @Inject
    private PoolProposals pool;

    @Inject
    private Worklists worklists;

    private TestAgency agency;
    private Caller coordinator;
    private long caseWorkerId;

    @BeforeEach
    void anAgencyWithACaseWorker() {
        agency = TestData.newAgency(agencies, "MAT");
        coordinator = agency.as(Role.COORDINATOR);
        caseWorkerId = accounts.find(agency.user(accounts, agencies, Role.CASE_WORKER)).orElseThrow().getId();
    }

    private Mentor activeMentor(String familyName, String region, int capacity) {
        return TestData.activeMentor(mentors, coordinator, familyName, region, capacity);
    }

    private Participant consenting(String ref, String familyName) {
        return TestData.consenting(participants, consents, coordinator, ref, familyName);
    }

    private Caller signedInMentor(Mentor mentor) {
        Caller signedIn = agency.account(accounts, agencies, Role.MENTOR);
        runAs(coordinator, () -> mentors.linkAccount(mentor.getId(), mentors.mentor(mentor.getId()).getVersion(),
                signedIn.username()));
        return signedIn;
    }

    @Test
    void theCoordinatorApprovesTheFirstProposalAndTheMentorThenReachesOnlyThatMentee() {
        Mentor near = activeMentor("Near", "NORTH", 2);
        Mentor far = activeMentor("Far", "SOUTH", 2);
        Mentor conflicted = activeMentor("Conflicted", "NORTH", 2);
        Participant p = consenting("MAT-1", "Mentee");
        Participant other = consenting("MAT-2", "Other");
        runAs(coordinator, () -> desk.declareConflict(p.getId(), conflicted.getId(), ConflictKind.CO_DEFENDANT, null));
        runAs(coordinator, () -> desk.reviseNeeds(p.getId(), 0, true, "Lebanese", Set.of(WeeklySlot.TUE_EVENING)));

        Ranking ranking = runAs(coordinator, () -> desk.rank(p.getId()));
        assertThat(ranking.proposals()).extracting(r -> r.mentor().id()).containsExactly(near.getId(), far.getId());
        assertThat(ranking.proposals().get(0).reasons()).contains("same region (+30)",
                "available 1 of 1 wanted times (+20)", "can give the transport needed (+15)");
        assertThat(ranking.exclusions()).singleElement().satisfies(e -> {
            assertThat(e.mentor().id()).isEqualTo(conflicted.getId());
            assertThat(e.reasons()).containsExactly("declared conflict of interest");
        });

        Match match = runAs(coordinator, () -> desk.match(p.getId(), near.getId(), caseWorkerId, null));
        assertThat(match.getHow()).isEqualTo(MatchChoice.TOP_PROPOSAL);
        assertThat(runAs(coordinator, () -> desk.current(p.getId()))).get().satisfies(m -> {
            assertThat(m.getMentor().getId()).isEqualTo(near.getId());
            assertThat(m.getCaseWorker().getId()).isEqualTo(caseWorkerId);
        });
        assertThat(runAs(coordinator, () -> desk.waiting())).extracting(Participant::getId)
                .containsExactly(other.getId());
        // the mentor's load counts: one place of two is taken
        assertThat(runAs(coordinator, () -> desk.rank(other.getId())).proposals())
                .filteredOn(r -> r.mentor().id() == near.getId())
                .singleElement().satisfies(r -> assertThat(r.reasons()).contains("1 of 2 places free (+5)"));

        Caller mentor = signedInMentor(near);
        assertThat(runAs(mentor, () -> desk.myMentees())).extracting(m -> m.getParticipant().getId())
                .containsExactly(p.getId());
        // the mentor's home: the mentee, the supervisor, and what is coming up before the release
        assertThat(runAs(mentor, () -> worklists.mine()).mentees()).singleElement().satisfies(item -> {
            assertThat(item.name()).isEqualTo("Pat Mentee");
            assertThat(item.caseWorker()).startsWith("Case worker");
            assertThat(item.comingUp()).contains(Outstanding.due("Case plan for release agreed", TODAY.plusDays(9)));
        });
        assertThat(runAs(mentor, () -> worklists.mine()).awaitingIntake()).isEmpty();
        assertThat(runAs(mentor, () -> participants.list(ParticipantFilter.none(), ParticipantSort.FAMILY_NAME, true,
                0, 10))).extracting(Participant::getId).containsExactly(p.getId());
        assertThat(runAs(mentor, () -> participants.participant(p.getId())).getId()).isEqualTo(p.getId());
        assertThatThrownBy(() -> runAs(mentor, () -> participants.participant(other.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs(mentor, () -> desk.rank(p.getId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs(mentor, () -> desk.history(other.getId())))
                .isInstanceOf(NotFoundException.class);

        // ended: the mentee is out of the mentor's reach, the history keeps the match
        Match ended = runAs(agency.as(Role.CASE_WORKER), () -> desk.end(match.getId(), match.getVersion(),
                MatchEnd.COMPLETED, "Goals met", TODAY));
        assertThat(ended.getEndKind()).isEqualTo(MatchEnd.COMPLETED);
        assertThat(runAs(mentor, () -> desk.myMentees())).isEmpty();
        assertThatThrownBy(() -> runAs(mentor, () -> participants.participant(p.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(runAs(coordinator, () -> desk.history(p.getId()))).singleElement()
                .satisfies(m -> assertThat(m.getEndReason()).isEqualTo("Goals met"));
    }

    @Test
    void anotherMentorNeedsAReasonExcludedOnesAndUnconsentedCasesAreRefusedAndNoneFitsIsKept() {
        Mentor first = activeMentor("First", "NORTH", 1);
        Mentor second = activeMentor("Second", "SOUTH", 1);
        Participant p = consenting("MAT-3", "Choice");
        assertThatThrownBy(() -> runAs(coordinator, () -> desk.match(p.getId(), second.getId(), caseWorkerId, " ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("say why this mentor");
        Match chosen = runAs(coordinator, () -> desk.match(p.getId(), second.getId(), caseWorkerId,
                "Knows the family's community"));
        assertThat(chosen.getHow()).isEqualTo(MatchChoice.OTHER_PROPOSAL);
        assertThat(chosen.getChoiceReason()).isEqualTo("Knows the family's community");
        assertThatThrownBy(() -> runAs(coordinator, () -> desk.match(p.getId(), first.getId(), caseWorkerId, "x")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already has a mentor");

        // the second mentor is now full: excluded, with the reason
        Participant next = consenting("MAT-4", "Next");
        assertThatThrownBy(() -> runAs(coordinator, () -> desk.match(next.getId(), second.getId(), caseWorkerId,
                "x"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("at capacity (1 of 1)");
        // no consent to mentoring: refused
        Participant unconsented = runAs(coordinator, () -> participants.register(TestData.participant("MAT-5", "Una",
                "Unconsented")));
        assertThatThrownBy(() -> runAs(coordinator, () -> desk.match(unconsented.getId(), first.getId(),
                caseWorkerId, null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("consented");
        // a case worker may rank but not decide; the supervisor must be a case worker
        assertThatThrownBy(() -> runAs(agency.as(Role.CASE_WORKER), () -> desk.match(next.getId(), first.getId(),
                caseWorkerId, null))).isInstanceOf(AccessDeniedException.class);
        long coordinatorAccount = accounts.find(agency.user(accounts, agencies, Role.COORDINATOR)).orElseThrow()
                .getId();
        assertThatThrownBy(() -> runAs(coordinator, () -> desk.match(next.getId(), first.getId(), coordinatorAccount,
                null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("case worker");

        assertThatThrownBy(() -> runAs(coordinator, () -> desk.noneFits(next.getId(), ""))).isInstanceOf(
                InvalidInputException.class);
        runAs(coordinator, () -> desk.noneFits(next.getId(), "Needs an Arabic-speaking woman in the south"));
        assertThat(runAs(coordinator, () -> desk.noFits(next.getId()))).singleElement()
                .satisfies(n -> assertThat(n.getReason()).startsWith("Needs an Arabic"));
    }

    @Test
    void aPoolProposalPlacesAsManyAsItCanAndIsPublishedOnlyByTheCoordinator() {
        Mentor north = activeMentor("North", "NORTH", 1);
        Mentor south = activeMentor("South", "SOUTH", 1);
        Participant a = consenting("MAT-6", "Alpha");
        Participant b = consenting("MAT-7", "Bravo");
        Participant c = consenting("MAT-8", "Charlie");
        // Alpha may not have the northern mentor, the others not the southern one: a greedy pass by score
        // could give the north to Alpha's rivals and still place Alpha; the optimum must place Alpha south
        runAs(coordinator, () -> desk.declareConflict(a.getId(), north.getId(), ConflictKind.VICTIM_LINK, null));
        runAs(coordinator, () -> desk.declareConflict(b.getId(), south.getId(), ConflictKind.KNOWN_PERSONALLY, null));
        runAs(coordinator, () -> desk.declareConflict(c.getId(), south.getId(), ConflictKind.OTHER, "Neighbours"));

        PoolProposal proposal = runAs(coordinator, () -> pool.propose());
        assertThat(proposal.getPlacements()).hasSize(2);
        assertThat(proposal.getPlacements()).anySatisfy(pl -> {
            assertThat(pl.getParticipantId()).isEqualTo(a.getId());
            assertThat(pl.getMentorId()).isEqualTo(south.getId());
        });
        assertThat(runAs(coordinator, () -> pool.pending())).get().extracting(PoolProposal::getId)
                .isEqualTo(proposal.getId());
        assertThatThrownBy(() -> runAs(agency.as(Role.CASE_WORKER), () -> pool.propose()))
                .isInstanceOf(AccessDeniedException.class);
        // nothing starts before publishing
        assertThat(runAs(coordinator, () -> desk.waiting())).hasSize(3);

        PoolProposals.Published published = runAs(coordinator, () -> pool.publish(proposal.getId(),
                proposal.getVersion(), caseWorkerId));
        assertThat(published.started()).isEqualTo(2);
        assertThat(published.skipped()).isEmpty();
        assertThat(runAs(coordinator, () -> desk.waiting())).hasSize(1);
        assertThat(runAs(coordinator, () -> desk.current(a.getId()))).get()
                .satisfies(m -> assertThat(m.getHow()).isEqualTo(MatchChoice.POOL));
        assertThat(runAs(coordinator, () -> pool.pending())).isEmpty();
        assertThatThrownBy(() -> runAs(coordinator, () -> pool.publish(proposal.getId(), proposal.getVersion() + 1,
                caseWorkerId))).isInstanceOf(InvalidInputException.class).hasMessageContaining("already published");

        // everyone left is unplaceable now: the next proposal is empty and may be discarded
        PoolProposal empty = runAs(coordinator, () -> pool.propose());
        assertThat(empty.getPlacements()).isEmpty();
        runAs(coordinator, () -> pool.discard(empty.getId(), empty.getVersion()));
        assertThat(runAs(coordinator, () -> pool.pending())).isEmpty();
        // another agency sees nothing of it
        TestAgency other = TestData.newAgency(agencies, "MAT");
        assertThatThrownBy(() -> runAs(other.as(Role.COORDINATOR), () -> pool.discard(empty.getId(), 0)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs(other.as(Role.COORDINATOR), () -> desk.rank(b.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(runAs(other.as(Role.COORDINATOR), () -> desk.waiting())).isEmpty();
    }

    @Test
    void theAgencysWeightsAndRulesChangeTheRanking() {
        Mentor near = activeMentor("Near", "NORTH", 2);
        Participant p = consenting("MAT-9", "Weights");
        assertThat(runAs(coordinator, () -> desk.rank(p.getId())).proposals().get(0).score()).isEqualTo(30 + 10);
        Caller admin = agency.as(Role.AGENCY_ADMIN);
        long version = runAs(admin, () -> mentors.settings()).getVersion();
        runAs(admin, () -> mentors.changeSettings(version, new int[] {50, 20, 15, 15, 10, 5, 0}, 365, 3, 365));
        assertThat(runAs(coordinator, () -> desk.rank(p.getId())).proposals().get(0).score()).isEqualTo(50);
        long changed = runAs(admin, () -> mentors.settings()).getVersion();
        assertThat(changed).isGreaterThan(version);
        assertThatThrownBy(() -> runAs(admin, () -> mentors.changeSettings(changed, new int[] {101, 0, 0, 0, 0, 0, 0},
                365, 3, 365))).isInstanceOf(InvalidInputException.class).hasMessageContaining("0-100");
        assertThatThrownBy(() -> runAs(admin, () -> mentors.changeSettings(version, new int[] {1, 1, 1, 1, 1, 1, 1},
                365, 3, 365))).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> runAs(coordinator, () -> mentors.changeSettings(version + 1,
                new int[] {1, 1, 1, 1, 1, 1, 1}, 365, 3, 365))).isInstanceOf(AccessDeniedException.class);
        assertThat(near.getId()).isNotNull();
    }

    @Test
    void aMatchEndsWithItsCaseOrConsentAndAMatchedMentorCannotLeave() {
        Mentor mentor = activeMentor("Steady", "NORTH", 2);
        Participant p = consenting("MAT-10", "Consent");
        Participant q = consenting("MAT-11", "Exit");
        Match first = runAs(coordinator, () -> desk.match(p.getId(), mentor.getId(), caseWorkerId, null));
        runAs(coordinator, () -> desk.match(q.getId(), mentor.getId(), caseWorkerId, null));
        // people record completed, broken down or re-matched; the other ends follow from the case
        assertThatThrownBy(() -> runAs(coordinator, () -> desk.end(first.getId(), first.getVersion(),
                MatchEnd.CASE_ENDED, "x", TODAY))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> runAs(coordinator, () -> mentors.moveTo(mentor.getId(),
                mentors.mentor(mentor.getId()).getVersion(), MentorStatus.EXITED, "Moving away")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("still has 2 current mentees");

        long consentId = runAs(coordinator, () -> consents.ofCase(p.getId())).get(0).getId();
        runAs(coordinator, () -> consents.withdraw(consentId, TODAY));
        assertThat(runAs(coordinator, () -> desk.history(p.getId()))).singleElement().satisfies(m -> {
            assertThat(m.getEndKind()).isEqualTo(MatchEnd.NO_CONSENT);
            assertThat(m.getEndedOn()).isEqualTo(TODAY);
        });
        Participant current = runAs(coordinator, () -> participants.participant(q.getId()));
        runAs(coordinator, () -> participants.exit(q.getId(), current.getVersion(), TODAY,
                ExitReason.COMPLETED));
        assertThat(runAs(coordinator, () -> desk.history(q.getId()))).singleElement()
                .satisfies(m -> assertThat(m.getEndKind()).isEqualTo(MatchEnd.CASE_ENDED));

        Mentor left = runAs(coordinator, () -> mentors.moveTo(mentor.getId(),
                mentors.mentor(mentor.getId()).getVersion(), MentorStatus.EXITED, "Moving away"));
        assertThat(left.getStatus()).isEqualTo(MentorStatus.EXITED);
    }
}
