package org.gatehouse.warehouse;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.gatehouse.agency.Program;
import org.gatehouse.casework.CustodyReturn;
import org.gatehouse.casework.ExitType;
import org.gatehouse.casework.Participant;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.outcomes.OutcomeCheckpoint;
import org.gatehouse.programs.Activity;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.programs.CaseDates;
import org.gatehouse.programs.CaseSchedule;
import org.gatehouse.programs.MilestoneEngine;
import org.gatehouse.reoffending.ReoffendingEvent;
import org.gatehouse.security.AccessPolicy;

/**
 * Reads the episodes (enrolments) of the agency the system works for, as the warehouse keeps them:
 * a page at a time, as of the load's day (never the clock's, so a restarted load computes the same).
 */
@Stateless
public class EpisodeExtract {

    /**
     * Days of slack in what an incremental load reads again: a week of nights may be missed, and a
     * month's end moves a month mark by up to three days.
     */
    static final int RELOAD_SLACK_DAYS = 10;
    private static final int FIRST_STEPS_DAYS = 28;
    /** The months after release at which retention is measured. */
    static final int[] RETENTION_MONTHS = {3, 6, 12};

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private AccessPolicy access;

    @Inject
    private EngagementLog engagements;

    @Inject
    private Pseudonyms pseudonyms;

    /**
     * The next page of episodes after a case id: every one for a full load ({@code changedSince}
     * null), else those a later load must read again ({@link Participant#TO_RELOAD_AFTER}).
     */
    public EpisodePage after(long afterId, int max, Instant changedSince, LocalDate asOf) {
        access.requireSystem("read episodes for the warehouse");
        // a read-only pass over many cases in one transaction: no flush before each query, and what a
        // page loaded is let go once its rows are built (else every later query re-checks it all)
        em.setFlushMode(FlushModeType.COMMIT);
        TypedQuery<Participant> query;
        if (changedSince == null) {
            query = em.createNamedQuery(Participant.ALL_AFTER, Participant.class);
        } else {
            Integer grace = em.createNamedQuery(Program.LONGEST_GRACE, Integer.class).getSingleResult();
            query = em.createNamedQuery(Participant.TO_RELOAD_AFTER, Participant.class)
                    .setParameter("since", changedSince)
                    .setParameter("settled", settledAfter(asOf, grace == null ? 0 : grace));
            for (int months : RETENTION_MONTHS) {
                query.setParameter("mark" + months + "From", markFrom(asOf, months))
                        .setParameter("mark" + months + "To", markTo(asOf, months));
            }
        }
        List<Participant> page = query.setParameter("after", afterId).setMaxResults(max).getResultList();
        if (page.isEmpty()) {
            return new EpisodePage(List.of(), afterId);
        }
        Map<Long, List<Activity>> activities = engagements.activitiesOf(page);
        Map<String, List<EpisodeRow.EventRow>> events = eventsOf(page);
        Map<Long, List<EpisodeRow.CheckpointRow>> checkpoints = checkpointsOf(page);
        List<EpisodeRow> rows = new ArrayList<>(page.size());
        for (Participant participant : page) {
            rows.add(row(participant, activities.getOrDefault(participant.getId(), List.of()),
                    events.getOrDefault(justiceId(participant), List.of()),
                    checkpoints.getOrDefault(participant.getId(), List.of()), asOf));
        }
        em.clear();
        return new EpisodePage(rows, page.get(page.size() - 1).getId());
    }

    /** The feed's events of the page's people, by justice id (the feed keeps them upper case). */
    private Map<String, List<EpisodeRow.EventRow>> eventsOf(List<Participant> page) {
        Set<String> justiceIds = page.stream().map(EpisodeExtract::justiceId).collect(Collectors.toSet());
        Map<String, List<EpisodeRow.EventRow>> byPerson = new HashMap<>();
        for (ReoffendingEvent e : em.createNamedQuery(ReoffendingEvent.OF_JUSTICE_IDS, ReoffendingEvent.class)
                .setParameter("justiceIds", justiceIds).getResultList()) {
            byPerson.computeIfAbsent(e.getJusticeId(), k -> new ArrayList<>()).add(new EpisodeRow.EventRow(
                    pseudonyms.event(e.getEventId()), e.getType().name(), e.getOffenceDate(), e.getOutcomeDate(),
                    e.getCustodyStartDate(), e.getCustodyReason() == null ? null : e.getCustodyReason().name()));
        }
        return byPerson;
    }

    /** The page's recorded outcome checkpoints, by case. */
    private Map<Long, List<EpisodeRow.CheckpointRow>> checkpointsOf(List<Participant> page) {
        Map<Long, List<EpisodeRow.CheckpointRow>> byCase = new HashMap<>();
        for (OutcomeCheckpoint c : em.createNamedQuery(OutcomeCheckpoint.OF_CASES, OutcomeCheckpoint.class)
                .setParameter("ids", page.stream().map(Participant::getId).toList()).getResultList()) {
            byCase.computeIfAbsent(c.getParticipant().getId(), k -> new ArrayList<>()).add(
                    new EpisodeRow.CheckpointRow(pseudonyms.checkpoint(c.getId()), c.getCheckpointCode(),
                            c.getDueOn(), c.getRecordedOn(), c.getAccommodation().name(), c.getOccupation().name(),
                            c.getTreatment().name(), c.getGpRegistered().name(), c.getBenefitsInPayment().name(),
                            c.getIdHeld().name(), c.getFamilyContact().name()));
        }
        return byCase;
    }

    private static String justiceId(Participant p) {
        return p.getJusticeId().strip().toUpperCase(Locale.ROOT);
    }

    private EpisodeRow row(Participant p, List<Activity> activities, List<EpisodeRow.EventRow> events,
                           List<EpisodeRow.CheckpointRow> checkpoints, LocalDate asOf) {
        CaseDates dates = p.caseDates();
        LocalDate release = dates.release();
        LocalDate actual = p.getActualReleaseDate();
        CaseSchedule schedule = MilestoneEngine.plan(p.getProgram().template(), dates, activities, asOf);
        List<EpisodeRow.MilestoneRow> milestones = schedule.milestones().stream()
                .map(m -> new EpisodeRow.MilestoneRow(m.milestone().code(), m.due(), m.doneOn(), m.state().name()))
                .toList();
        List<LocalDate> releases = new ArrayList<>();
        p.getCustodyReturns().stream().map(CustodyReturn::getEndedRelease).filter(Objects::nonNull)
                .forEach(releases::add);
        if (actual != null) {
            releases.add(actual);
        }
        return new EpisodeRow(
                pseudonyms.participant(p.getId()), pseudonyms.person(p.getJusticeId()),
                p.getAgency().getId(), p.getRegion().getId(), p.getProgram().getId(),
                p.getGender().name(), p.getIndigenousStatus() == null ? null : p.getIndigenousStatus().name(),
                ageBand(p.getDateOfBirth(), release),
                p.getVulnerabilities().stream().map(Enum::name).sorted().toList(),
                p.getReferralDate(), (int) ChronoUnit.DAYS.between(p.getReferralDate(), p.getExpectedReleaseDate()),
                p.getExpectedReleaseDate(), actual, p.getExitDate(),
                p.getExitType() == null ? null : p.getExitType().name(),
                p.getExitReason() == null ? null : p.getExitReason().name(),
                schedule.phase().name(),
                first(activities, ActivityKind.CASE_PLAN_AGREED, d -> true),
                first(activities, ActivityKind.PRE_RELEASE_VISIT, d -> d.isBefore(release)),
                actual == null ? null : first(activities, ActivityKind.GATE_MEETING, actual::isEqual),
                first(activities, ActivityKind.ORIENTATION, d -> true),
                actual == null ? 0 : (int) activities.stream().filter(a -> a.kind().isLoggedByHand()
                        && !a.date().isBefore(actual) && a.date().isBefore(actual.plusDays(FIRST_STEPS_DAYS))).count(),
                retained(actual, p.getExitDate(), p.getExitType(), RETENTION_MONTHS[0], asOf),
                retained(actual, p.getExitDate(), p.getExitType(), RETENTION_MONTHS[1], asOf),
                retained(actual, p.getExitDate(), p.getExitType(), RETENTION_MONTHS[2], asOf),
                p.getCustodyReturns().size(), milestones, releases, events, checkpoints);
    }

    /**
     * An ended episode changes no more once its last milestone's grace has run out (those due after
     * the exit are cancelled): ended on or after this day, it is read again.
     */
    static LocalDate settledAfter(LocalDate asOf, int longestGraceDays) {
        return asOf.minusDays(longestGraceDays + RELOAD_SLACK_DAYS);
    }

    /** The first release day whose {@code months} mark (when retention becomes known) may be about now. */
    static LocalDate markFrom(LocalDate asOf, int months) {
        return asOf.minusMonths(months).minusDays(RELOAD_SLACK_DAYS);
    }

    static LocalDate markTo(LocalDate asOf, int months) {
        return asOf.minusMonths(months).plusDays(3);
    }

    private static LocalDate first(Collection<Activity> activities, ActivityKind kind, Predicate<LocalDate> when) {
        return activities.stream().filter(a -> a.kind() == kind && when.test(a.date())).map(Activity::date)
                .min(LocalDate::compareTo).orElse(null);
    }

    /**
     * Still in the program the given months after release: not yet known (null) before that day or
     * without a release; a planned exit before it counts as retained, an unplanned one does not.
     */
    static Boolean retained(LocalDate release, LocalDate exit, ExitType exitType, int months, LocalDate asOf) {
        if (release == null || release.plusMonths(months).isAfter(asOf)) {
            return null;
        }
        LocalDate mark = release.plusMonths(months);
        return exit == null || !exit.isBefore(mark) || exitType == ExitType.PLANNED;
    }

    /** The age band at release: the warehouse never holds a date of birth. */
    static String ageBand(LocalDate born, LocalDate release) {
        int age = Period.between(born, release).getYears();
        return age < 18 ? "16-17" : age < 25 ? "18-24" : age < 35 ? "25-34" : age < 45 ? "35-44"
                : age < 55 ? "45-54" : "55+";
    }
}
