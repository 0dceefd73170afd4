package org.gatehouse.matching;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.casework.Participant;
import org.gatehouse.mentoring.Mentor;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.security.Role;
import org.gatehouse.security.TenantBinding;
import org.gatehouse.security.UserAccount;

/**
 * The triangle: a mentor matched with a participant, supervised by a case worker. It starts on a
 * day and may end (completed, broken down, re-matched) with a reason; ended matches are the
 * history and are never deleted.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "mentor_match")
@NamedQuery(name = Match.OF_CASE,
        query = "select m from Match m where m.participant = :participant order by m.startedOn desc, m.id desc")
@NamedQuery(name = Match.CURRENT, query = "select m from Match m where m.endedOn is null")
@NamedQuery(name = Match.CASES_SUPERVISED_BY, query = "select m.participant.id from Match m where m.endedOn is null "
        + "and m.caseWorker.id = :caseWorker")
@NamedQuery(name = Match.CURRENT_OF_ACCOUNT, query = "select m from Match m where m.endedOn is null "
        + "and m.mentor.account.id = :account order by m.participant.familyName, m.participant.givenName")
@NamedQuery(name = Match.CURRENT_OF_CASES, query = "select m from Match m where m.endedOn is null "
        + "and m.participant.id in :ids")
@NamedQuery(name = Match.CURRENT_OF_MENTOR, query = "select m from Match m where m.endedOn is null "
        + "and m.mentor.id = :mentor")
@NamedQuery(name = Match.CURRENT_PER_MENTOR, query = "select m.mentor.id, count(m) from Match m "
        + "where m.endedOn is null group by m.mentor.id")
@NamedQuery(name = Match.COMPLETED_PER_MENTOR, query = "select m.mentor.id, count(m) from Match m "
        + "where m.endKind = org.gatehouse.matching.MatchEnd.COMPLETED group by m.mentor.id")
public class Match {

    public static final String OF_CASE = "Match.ofCase";
    public static final String CURRENT = "Match.current";
    public static final String CASES_SUPERVISED_BY = "Match.casesSupervisedBy";
    public static final String CURRENT_OF_ACCOUNT = "Match.currentOfAccount";
    public static final String CURRENT_OF_CASES = "Match.currentOfCases";
    public static final String CURRENT_OF_MENTOR = "Match.currentOfMentor";
    public static final String COMPLETED_PER_MENTOR = "Match.completedPerMentor";
    public static final String CURRENT_PER_MENTOR = "Match.currentPerMentor";

    @Id
    @SequenceGenerator(name = "mentor_match_seq", sequenceName = "mentor_match_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mentor_match_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @ManyToOne(optional = false)
    @JoinColumn(name = "mentor_id", nullable = false, updatable = false)
    private Mentor mentor;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_worker_id", nullable = false)
    private UserAccount caseWorker;

    @Column(name = "started_on", nullable = false, updatable = false)
    private LocalDate startedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private MatchChoice how;

    @Column(nullable = false, updatable = false)
    private int score;

    @Column(name = "choice_reason", length = 500, updatable = false)
    private String choiceReason;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_kind", length = 16)
    private MatchEnd endKind;

    @Column(name = "end_reason", length = 500)
    private String endReason;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Match() {
    }

    /**
     * Starts a match. The caller has checked that the mentor is eligible (the matcher proposed
     * them); choosing other than the first proposal needs a reason.
     */
    public static Match start(Participant participant, Mentor mentor, UserAccount caseWorker, MatchChoice how,
                              int score, String reason, String by, LocalDate today, Instant now) {
        Match match = new Match();
        match.participant = Objects.requireNonNull(participant);
        match.mentor = Objects.requireNonNull(mentor);
        match.supervisedBy(caseWorker, participant);
        match.how = Objects.requireNonNull(how);
        match.choiceReason = how != MatchChoice.OTHER_PROPOSAL ? null : Checks.requiredText(reason, "reason", 500,
                "say why this mentor rather than the first proposal (up to 500 characters)");
        match.score = score;
        match.startedOn = today;
        match.createdBy = by;
        match.createdAt = now;
        return match;
    }

    /** Another case worker of the agency takes over supervising the match. */
    public void supervisedBy(UserAccount worker, Participant of) {
        if (worker == null || worker.getAgency() == null || !worker.getAgency().getId().equals(of.getAgency().getId())
                || !worker.getRoles().contains(Role.CASE_WORKER) || !worker.isEnabled()) {
            throw new InvalidInputException("case_worker", "must be an enabled case worker of this agency");
        }
        if (!isCurrent()) {
            throw new InvalidInputException("match", "has ended");
        }
        caseWorker = worker;
    }

    /** Ends the match on a day not before its start nor after today, with a reason. */
    public void end(MatchEnd kind, String reason, LocalDate on, LocalDate today) {
        if (!isCurrent()) {
            throw new InvalidInputException("match", "has already ended");
        }
        if (kind == null) {
            throw new InvalidInputException("end_kind", "say how the match ended");
        }
        if (on == null || on.isBefore(startedOn) || on.isAfter(today)) {
            throw new InvalidInputException("ended_on", "must be between the start (" + startedOn + ") and today");
        }
        endReason = Checks.requiredText(reason, "end_reason", 500, "say why the match ended (up to 500 characters)");
        endKind = kind;
        endedOn = on;
    }

    public boolean isCurrent() {
        return endedOn == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Mentor getMentor() {
        return mentor;
    }

    public UserAccount getCaseWorker() {
        return caseWorker;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public MatchChoice getHow() {
        return how;
    }

    public int getScore() {
        return score;
    }

    public String getChoiceReason() {
        return choiceReason;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public MatchEnd getEndKind() {
        return endKind;
    }

    public String getEndReason() {
        return endReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
