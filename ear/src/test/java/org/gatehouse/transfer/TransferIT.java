package org.gatehouse.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.audit.AuditEvent;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.ExitReason;
import org.gatehouse.casework.ExitType;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantFilter;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.ParticipantSort;
import org.gatehouse.consent.ConsentRecords;
import org.gatehouse.consent.ConsentScope;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.programs.ProgramCatalogue;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A case handed over to another agency: consent first, the receiver accepts, the case then belongs to it. */
@ExtendWith(ArquillianExtension.class)
class TransferIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(TransferIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private ConsentRecords consents;

    @Inject
    private TransferDesk desk;

    @Inject
    private TransferReception reception;

    @Inject
    private HandOverSweeper sweeper;

    @Inject
    private AuditTrail audit;

    @Inject
    private ProgramCatalogue catalogue;

    private Participant released(Caller coordinator, String ref) {
        ParticipantDetails base = TestData.participant(ref, "Tara", "Handover");
        return runAs(coordinator, () -> registry.register(new ParticipantDetails(ref, base.justiceId(),
                base.givenName(), base.familyName(), base.dateOfBirth(), base.gender(), base.indigenousStatus(),
                "NORTH", base.prison(), "TTG", TODAY.minusDays(100), TODAY.minusDays(50), TODAY.minusDays(50),
                base.vulnerabilities(), null, null)));
    }

    @Test
    void anAcceptedTransferMovesTheCaseToTheReceivingAgencyAndIsAuditedInBoth() {
        TestAgency sender = TestData.newAgency(agencies, "TRF");
        TestAgency receiver = TestData.newAgency(agencies, "TRF");
        TestAgency bystander = TestData.newAgency(agencies, "TRF");
        Caller ours = sender.as(Role.COORDINATOR);
        Caller theirs = receiver.as(Role.COORDINATOR);
        Participant p = released(ours, "T-1");

        assertThatThrownBy(() -> runAs(ours, () -> desk.propose(p.getId(), p.getVersion(), receiver.code(),
                "longer-term support"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("consented");
        runAs(ours, () -> consents.giveOnCase(p.getId(), ConsentScope.SHARING, "Test agency " + receiver.code(),
                TODAY));
        assertThatThrownBy(() -> runAs(sender.as(Role.CASE_WORKER), () -> desk.propose(p.getId(), p.getVersion(),
                receiver.code(), "x"))).isInstanceOf(org.gatehouse.platform.AccessDeniedException.class);
        CaseTransfer proposed = runAs(ours, () -> desk.propose(p.getId(), p.getVersion(), receiver.code(),
                "longer-term support after Through the Gate"));
        // a second proposal from the same view of the case is stale; from a fresh one, refused while the first waits
        assertThatThrownBy(() -> runAs(ours, () -> desk.propose(p.getId(), p.getVersion(), receiver.code(),
                "again"))).isInstanceOf(StaleRecordException.class);
        long fresh = runAs(ours, () -> registry.participant(p.getId())).getVersion();
        assertThatThrownBy(() -> runAs(ours, () -> desk.propose(p.getId(), fresh, receiver.code(),
                "again"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("already");

        assertThat(runAs(theirs, () -> desk.incoming())).extracting(CaseTransfer::getId).containsExactly(
                proposed.getId());
        assertThat(runAs(bystander.as(Role.COORDINATOR), () -> desk.incoming())).isEmpty();
        assertThatThrownBy(() -> runAs(bystander.as(Role.COORDINATOR), () -> desk.transfer(proposed.getId())))
                .isInstanceOf(NotFoundException.class);
        // the sender cannot accept its own proposal
        assertThatThrownBy(() -> runAs(ours, () -> desk.accept(proposed.getId(), proposed.getVersion(), "NORTH",
                "REINT", null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs(theirs, () -> desk.accept(proposed.getId(), proposed.getVersion(), "WEST",
                "REINT", null))).isInstanceOf(InvalidInputException.class);

        // the receiver routes women's re-integration cases to a stream: a transferred woman goes there too
        runAs(receiver.as(Role.AGENCY_ADMIN), () -> catalogue.routeWomen(programId(receiver, "REINT"),
                programId(receiver, "INTENSIVE")));
        Participant received = runAs(theirs, () -> desk.accept(proposed.getId(), proposed.getVersion(), "SOUTH",
                "REINT", "THEIR-1"));
        assertThat(received.getProgram().getCode()).isEqualTo("INTENSIVE");

        assertThat(received.getAgency().getId()).isEqualTo(receiver.id());
        assertThat(received.getExternalRef()).isEqualTo("THEIR-1");
        assertThat(received.getGivenName()).isEqualTo("Tara");
        assertThat(received.getActualReleaseDate()).isEqualTo(TODAY.minusDays(50));
        Participant closed = runAs(ours, () -> registry.participant(p.getId()));
        assertThat(closed.getExitType()).isEqualTo(ExitType.TRANSFERRED);
        assertThat(closed.getExitReason()).isEqualTo(ExitReason.TRANSFERRED);
        assertThat(closed.getExitDate()).isEqualTo(TODAY);
        CaseTransfer done = runAs(theirs, () -> desk.transfer(proposed.getId()));
        assertThat(done.getStatus()).isEqualTo(TransferStatus.ACCEPTED);
        assertThat(done.getHandedOverAt()).isNotNull();
        // the case is the receiver's now: the sender cannot open it
        assertThatThrownBy(() -> runAs(ours, () -> registry.participant(received.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(runAs(theirs, () -> desk.ofCase(received.getId()))).extracting(CaseTransfer::getId)
                .containsExactly(proposed.getId());

        for (TestAgency side : List.of(sender, receiver)) {
            List<AuditEvent> trail = runAs(side.as(Role.AGENCY_ADMIN), () -> audit.trail(null, null, "CaseTransfer",
                    proposed.getId().toString(), null, null, 0, 50));
            assertThat(trail).filteredOn(e -> e.getDetail() != null).extracting(AuditEvent::getDetail).as(side.code())
                    .anyMatch(d -> d.startsWith("proposed by")).anyMatch(d -> d.startsWith("accepted by"));
        }
    }

    @Test
    void aDeclinedTransferLeavesTheCaseWithTheSender() {
        TestAgency sender = TestData.newAgency(agencies, "TRF");
        TestAgency receiver = TestData.newAgency(agencies, "TRF");
        Caller ours = sender.as(Role.COORDINATOR);
        Caller theirs = receiver.as(Role.COORDINATOR);
        Participant p = released(ours, "T-2");
        runAs(ours, () -> consents.giveOnCase(p.getId(), ConsentScope.SHARING, receiver.code(), TODAY));
        CaseTransfer proposed = runAs(ours, () -> desk.propose(p.getId(), p.getVersion(), receiver.code(), "move"));

        assertThatThrownBy(() -> runAs(theirs, () -> desk.decline(proposed.getId(), proposed.getVersion(), "")))
                .isInstanceOf(InvalidInputException.class);
        CaseTransfer declined = runAs(theirs, () -> desk.decline(proposed.getId(), proposed.getVersion(),
                "no capacity in that region"));
        assertThat(declined.getStatus()).isEqualTo(TransferStatus.DECLINED);
        assertThat(runAs(ours, () -> registry.participant(p.getId())).isOpen()).isTrue();
        assertThat(runAs(theirs, () -> desk.incoming())).isEmpty();
        // a new proposal is possible once the first is answered, and the sender may withdraw it
        long fresh = runAs(ours, () -> registry.participant(p.getId())).getVersion();
        CaseTransfer again = runAs(ours, () -> desk.propose(p.getId(), fresh, receiver.code(), "retry"));
        assertThat(runAs(ours, () -> desk.withdraw(again.getId(), again.getVersion())).getStatus())
                .isEqualTo(TransferStatus.WITHDRAWN);
    }

    @Test
    void anInterruptedHandOverIsFinishedByTheSweeper() {
        TestAgency sender = TestData.newAgency(agencies, "TRF");
        TestAgency receiver = TestData.newAgency(agencies, "TRF");
        Caller ours = sender.as(Role.COORDINATOR);
        Participant p = released(ours, "T-3");
        runAs(ours, () -> consents.giveOnCase(p.getId(), ConsentScope.SHARING, receiver.code(), TODAY));
        CaseTransfer proposed = runAs(ours, () -> desk.propose(p.getId(), p.getVersion(), receiver.code(), "move"));
        // the receiver's side commits, then the server stops before the sender's side
        runAs(receiver.as(Role.COORDINATOR), () -> reception.receive(proposed.getId(), proposed.getVersion(), "NORTH",
                "REINT", null));
        assertThat(runAs(ours, () -> registry.participant(p.getId())).isOpen()).isTrue();

        sweeper.sweep();

        assertThat(runAs(ours, () -> registry.participant(p.getId())).getExitType()).isEqualTo(ExitType.TRANSFERRED);
        // received under the receiver's own reference, not the sender's
        assertThat(runAs(receiver.as(Role.COORDINATOR), () -> registry.list(ParticipantFilter.none(),
                ParticipantSort.EXTERNAL_REF, true, 0, 5))).extracting(Participant::getExternalRef)
                .containsExactly(receiver.code() + "-T" + proposed.getId());
    }

    @Test
    void aPendingTransferIsWithdrawnWhenConsentIsWithdrawnOrTheCaseEnds() {
        TestAgency sender = TestData.newAgency(agencies, "TRF");
        TestAgency receiver = TestData.newAgency(agencies, "TRF");
        Caller ours = sender.as(Role.COORDINATOR);
        Caller theirs = receiver.as(Role.COORDINATOR);
        Participant first = released(ours, "T-4");
        long consent = runAs(ours, () -> consents.giveOnCase(first.getId(), ConsentScope.SHARING, receiver.code(),
                TODAY.minusDays(1))).getId();
        CaseTransfer byConsent = runAs(ours, () -> desk.propose(first.getId(), first.getVersion(), receiver.code(),
                "move"));
        runAs(ours, () -> consents.withdraw(consent, TODAY));
        assertThat(runAs(theirs, () -> desk.incoming())).isEmpty();
        assertThat(runAs(ours, () -> desk.ofCase(first.getId()))).singleElement().satisfies(t -> {
            assertThat(t.getStatus()).isEqualTo(TransferStatus.WITHDRAWN);
            assertThat(t.getDecisionNote()).contains("consent");
        });
        assertThatThrownBy(() -> runAs(theirs, () -> desk.accept(byConsent.getId(), byConsent.getVersion(), "NORTH",
                "REINT", null))).isInstanceOf(InvalidInputException.class);

        Participant second = released(ours, "T-5");
        runAs(ours, () -> consents.giveOnCase(second.getId(), ConsentScope.SHARING, receiver.code(), TODAY));
        runAs(ours, () -> desk.propose(second.getId(), second.getVersion(), receiver.code(), "move"));
        Participant current = runAs(ours, () -> registry.participant(second.getId()));
        runAs(ours, () -> registry.exit(second.getId(), current.getVersion(), TODAY, ExitReason.DECEASED));
        assertThat(runAs(theirs, () -> desk.incoming())).isEmpty();
    }

    private long programId(TestAgency agency, String code) {
        return runAs(agency.as(Role.AGENCY_ADMIN), () -> catalogue.programs()).stream()
                .filter(g -> g.getCode().equals(code)).findFirst().orElseThrow().getId();
    }
}
