package org.gatehouse.outcomes;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.programs.CaseSchedules;
import org.gatehouse.programs.MilestoneState;
import org.gatehouse.programs.MilestoneStatus;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;

/**
 * Outcome checkpoints: when each is due comes from the case's program (milestones completed by
 * {@link ActivityKind#OUTCOME_CHECKPOINT}); case workers and coordinators record the one open now,
 * which completes it, and correct what they recorded.
 */
@Stateless
public class OutcomeCheckpoints {

    private static final String RECORD = "OutcomeCheckpoint";

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private CaseSchedules schedules;

    @Inject
    private EngagementLog engagements;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A checkpoint of the case's program, where it stands and what was recorded at it (if anything). */
    public record Checkpoint(MilestoneStatus milestone, OutcomeCheckpoint recorded) {

        /** Open for recording today: due or late, nothing recorded yet. */
        public boolean isOpen() {
            return recorded == null && (milestone.state() == MilestoneState.DUE
                    || milestone.state() == MilestoneState.LATE);
        }
    }

    /** The case's checkpoints in date order, each with its record. */
    public List<Checkpoint> ofCase(long participantId) {
        access.requireAgencyRole("see a case's outcome checkpoints", AccessPolicy.CASE_EDITORS);
        Participant participant = registry.caseOf(participantId);
        List<OutcomeCheckpoint> recorded = em.createNamedQuery(OutcomeCheckpoint.OF_CASE, OutcomeCheckpoint.class)
                .setParameter("participant", participant).getResultList();
        return schedules.of(participantId).milestones().stream()
                .filter(m -> m.milestone().isOutcomeCheckpoint())
                .map(m -> new Checkpoint(m, recorded.stream().filter(r -> r.recordOf(m.milestone().code(),
                        participant.planStart())).findFirst().orElse(null)))
                .toList();
    }

    /** Records the checkpoint open today (there is at most one); refused, with the next one's date, when none is. */
    public OutcomeCheckpoint record(long participantId, CheckpointAnswers answers) {
        Caller caller = access.requireAgencyRole("record an outcome checkpoint", AccessPolicy.CASE_EDITORS);
        // one recording at a time per case: a second submission waits and then finds it recorded
        Participant participant = registry.caseToChange(participantId);
        em.lock(participant, LockModeType.PESSIMISTIC_WRITE);
        List<Checkpoint> checkpoints = ofCase(participantId);
        Checkpoint open = checkpoints.stream().filter(Checkpoint::isOpen).findFirst()
                .orElseThrow(() -> new InvalidInputException(null, noneOpen(checkpoints)));
        LocalDate today = LocalDate.now(clock);
        OutcomeCheckpoint checkpoint = new OutcomeCheckpoint(participant,
                open.milestone().milestone().code(), open.milestone().due(), answers, caller.username(), today,
                Instant.now(clock));
        em.persist(checkpoint);
        em.flush();
        engagements.recordTrace(participantId, ActivityKind.OUTCOME_CHECKPOINT, today);
        audit.record(AuditKind.CREATE, caller.agencyId(), RECORD, checkpoint.getId(), "participant " + participantId
                + ": " + checkpoint.getCheckpointCode());
        return checkpoint;
    }

    /** Corrects the answers recorded at a checkpoint, as the caller last saw them. */
    public OutcomeCheckpoint correct(long checkpointId, long expectedVersion, CheckpointAnswers answers) {
        Caller caller = access.requireAgencyRole("correct an outcome checkpoint", AccessPolicy.CASE_EDITORS);
        OutcomeCheckpoint checkpoint = em.find(OutcomeCheckpoint.class, checkpointId);
        if (checkpoint == null) {
            throw new NotFoundException("outcome checkpoint " + checkpointId);
        }
        registry.caseToChange(checkpoint.getParticipant().getId());
        if (checkpoint.getVersion() != expectedVersion) {
            throw new StaleRecordException("outcome checkpoint " + checkpointId);
        }
        checkpoint.correct(answers, caller.username(), Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, checkpointId, "answers corrected");
        return checkpoint;
    }

    private static String noneOpen(List<Checkpoint> checkpoints) {
        Optional<Checkpoint> next = checkpoints.stream()
                .filter(c -> c.recorded() == null && c.milestone().state() == MilestoneState.UPCOMING).findFirst();
        return next.map(c -> "No checkpoint is open today: the next, " + c.milestone().milestone().label()
                        + ", opens on " + c.milestone().opens())
                .orElse("No checkpoint is open today, and the program has none still to come.");
    }
}
