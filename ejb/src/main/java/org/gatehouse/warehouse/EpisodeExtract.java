package org.gatehouse.warehouse;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.persistence.config.QueryHints;
import org.gatehouse.appointments.Appointment;
import org.gatehouse.casework.CustodyReturn;
import org.gatehouse.casework.ExitType;
import org.gatehouse.casework.Participant;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.outcomes.OutcomeCheckpoint;
import org.gatehouse.programs.Activity;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.programs.CadenceSlot;
import org.gatehouse.programs.CaseDates;
import org.gatehouse.programs.CaseSchedule;
import org.gatehouse.programs.MilestoneEngine;
import org.gatehouse.programs.MilestoneState;
import org.gatehouse.programs.ProgramTemplate;
import org.gatehouse.reoffending.ReoffendingEvent;
import org.gatehouse.security.AccessPolicy;

/**
 * Reads the episodes (enrolments) of the agency the system works for, as the warehouse keeps them:
 * a page at a time, as of the load's day (never the clock's, so a restarted load computes the same).
 */
@Stateless
public class EpisodeExtract {

    private static final int FIRST_STEPS_DAYS = 28;
    /** The months after release at which retention is measured. */
    static final int[] RETENTION_MONTHS = {3, 6, 12};
    private static final int RECHECKS_PER_STATEMENT = 250;

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private AccessPolicy access;

    @Inject
    private EngagementLog engagements;

    @Inject
    private Pseudonyms pseudonyms;

    /**
     * The next page of episodes after a case id: every one for a full load, else those the load
     * must read again ({@link Participant#TO_RELOAD_AFTER}). Each case read gets its recheck day.
     */
    public EpisodePage after(long afterId, int max, LoadRun load) {
        access.requireSystem("read episodes for the warehouse");
        // a read-only pass over many cases in one transaction: no flush before each query, and what a
        // page loaded is let go once its rows are built (else every later query re-checks it all)
        em.setFlushMode(FlushModeType.COMMIT);
        LocalDate asOf = load.asOf();
        TypedQuery<Participant> query;
        if (load.changedSince() == null) {
            query = em.createNamedQuery(Participant.ALL_AFTER, Participant.class);
        } else {
            query = em.createNamedQuery(Participant.TO_RELOAD_AFTER, Participant.class)
                    .setParameter("since", load.changedSince())
                    .setParameter("basedOn", load.basedOn())
                    .setParameter("asOf", asOf);
        }
        List<Participant> page = query.setParameter("after", afterId).setMaxResults(max).getResultList();
        if (page.isEmpty()) {
            return new EpisodePage(List.of(), afterId);
        }
        Map<Long, List<Activity>> activities = engagements.activitiesOf(page);
        Map<String, List<EpisodeRow.EventRow>> events = eventsOf(page);
        Map<Long, List<EpisodeRow.CheckpointRow>> checkpoints = checkpointsOf(page);
        Map<Long, List<EpisodeRow.AppointmentRow>> appointments = appointmentsOf(page);
        Map<Participant, LocalDate> rechecks = new LinkedHashMap<>();
        List<EpisodeRow> rows = new ArrayList<>(page.size());
        for (Participant participant : page) {
            List<Activity> done = activities.getOrDefault(participant.getId(), List.of());
            CaseSchedule schedule = MilestoneEngine.plan(participant.getProgram().template(),
                    participant.caseDates(), done, asOf);
            rows.add(row(participant, schedule, done, events.getOrDefault(justiceId(participant), List.of()),
                    checkpoints.getOrDefault(participant.getId(), List.of()),
                    appointments.getOrDefault(participant.getId(), List.of()), asOf));
            rechecks.put(participant, recheckOn(participant.getProgram().template(), participant.caseDates(),
                    schedule, asOf).orElse(null));
        }
        record(rechecks, load.id());
        em.clear();
        return new EpisodePage(rows, page.get(page.size() - 1).getId());
    }

    /**
     * Writes the page's recheck days as this load found them, replacing the last load's: set-based
     * SQL, a statement per {@value #RECHECKS_PER_STATEMENT} cases (an entity each cost a full load
     * a fifth more time).
     */
    private void record(Map<Participant, LocalDate> rechecks, long loadId) {
        List<Map.Entry<Participant, LocalDate>> all = List.copyOf(rechecks.entrySet());
        for (int from = 0; from < all.size(); from += RECHECKS_PER_STATEMENT) {
            List<Map.Entry<Participant, LocalDate>> part = all.subList(from,
                    Math.min(all.size(), from + RECHECKS_PER_STATEMENT));
            Query delete = em.createNativeQuery("delete from episode_recheck where participant_id in ("
                    + String.join(", ", Collections.nCopies(part.size(), "?")) + ")")
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
            Query insert = em.createNativeQuery("insert into episode_recheck (participant_id, agency_id, recheck_on, "
                    + "load_id) values " + String.join(", ", Collections.nCopies(part.size(), "(?, ?, cast(? as date), ?)")))
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
            int i = 1;
            for (Map.Entry<Participant, LocalDate> recheck : part) {
                delete.setParameter(i, recheck.getKey().getId());
                insert.setParameter(4 * i - 3, recheck.getKey().getId());
                insert.setParameter(4 * i - 2, recheck.getKey().getAgency().getId());
                insert.setParameter(4 * i - 1, recheck.getValue() == null ? null : Date.valueOf(recheck.getValue()));
                insert.setParameter(4 * i, loadId);
                i++;
            }
            delete.executeUpdate();
            insert.executeUpdate();
        }
    }

    /**
     * The first day after the load's on which the case's episode may read otherwise with nothing
     * recorded meanwhile: its program's next milestone, cadence or phase change, or a retention mark.
     */
    static Optional<LocalDate> recheckOn(ProgramTemplate template, CaseDates dates, CaseSchedule schedule,
                                         LocalDate asOf) {
        Stream<LocalDate> marks = dates.actualRelease() == null ? Stream.empty()
                : Arrays.stream(RETENTION_MONTHS).mapToObj(months -> dates.actualRelease().plusMonths(months));
        return Stream.concat(MilestoneEngine.nextChange(template, dates, schedule, asOf).stream(),
                marks.filter(day -> day.isAfter(asOf))).min(Comparator.naturalOrder());
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

    /** The page's appointments whose outcome is recorded, by case. */
    private Map<Long, List<EpisodeRow.AppointmentRow>> appointmentsOf(List<Participant> page) {
        Map<Long, List<EpisodeRow.AppointmentRow>> byCase = new HashMap<>();
        for (Appointment a : em.createNamedQuery(Appointment.OUTCOMES_OF_CASES, Appointment.class)
                .setParameter("ids", page.stream().map(Participant::getId).toList()).getResultList()) {
            byCase.computeIfAbsent(a.getParticipant().getId(), k -> new ArrayList<>()).add(
                    new EpisodeRow.AppointmentRow(pseudonyms.appointment(a.getId()), a.getOn(), a.getKind().name(),
                            a.getAttendance().name(), a.getPunctuality() == null ? null : a.getPunctuality().name(),
                            a.isMentorAttends()));
        }
        return byCase;
    }

    private static String justiceId(Participant p) {
        return p.getJusticeId().strip().toUpperCase(Locale.ROOT);
    }

    private EpisodeRow row(Participant p, CaseSchedule schedule, List<Activity> activities,
                           List<EpisodeRow.EventRow> events, List<EpisodeRow.CheckpointRow> checkpoints,
                           List<EpisodeRow.AppointmentRow> appointments, LocalDate asOf) {
        LocalDate release = schedule.release();
        LocalDate actual = p.getActualReleaseDate();
        List<EpisodeRow.MilestoneRow> milestones = schedule.milestones().stream()
                .map(m -> new EpisodeRow.MilestoneRow(m.milestone().code(), m.due(), m.doneOn(), m.state().name()))
                .toList();
        // a cadence slot ends kept (done) or missed; those still open count for neither
        List<CadenceSlot> ended = schedule.slots().stream()
                .filter(slot -> slot.state() == MilestoneState.DONE || slot.state() == MilestoneState.MISSED).toList();
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
                p.getCustodyReturns().size(), ended.size(),
                (int) ended.stream().filter(slot -> slot.state() == MilestoneState.DONE).count(), milestones,
                releases, events, checkpoints, appointments);
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
