package org.gatehouse.programs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Derives, for one case on one day, the phase and the state of every milestone and cadence slot of
 * its program, from the case's dates and what has happened on it. Nothing is stored: a moved
 * release date re-plans everything at once, and the same inputs always give the same schedule.
 * Dates are calendar days ({@link LocalDate}), so clock changes and leap days count as the days
 * they are.
 */
public final class MilestoneEngine {

    private MilestoneEngine() {
    }

    public static CaseSchedule plan(ProgramTemplate template, CaseDates dates, Collection<Activity> activities,
                                    LocalDate today) {
        LocalDate release = dates.release();
        List<MilestoneStatus> milestones = new ArrayList<>();
        for (MilestoneDefinition milestone : template.milestones()) {
            milestones.add(milestone(milestone, dates, activities, today));
        }
        List<CadenceSlot> slots = new ArrayList<>();
        for (CadenceDefinition cadence : template.cadences()) {
            for (int day = cadence.fromDay(); day <= cadence.toDay(); day += cadence.everyDays()) {
                LocalDate from = release.plusDays(day);
                if (dates.exit() != null && from.isAfter(dates.exit())) {
                    break;
                }
                LocalDate to = release.plusDays(Math.min(day + cadence.everyDays() - 1L, cadence.toDay()));
                slots.add(slot(cadence, from, to, activities, today));
            }
        }
        return new CaseSchedule(phase(template, dates, today), release, milestones, slots);
    }

    /**
     * The first day after {@code today} on which {@link #plan} may give another schedule for the
     * same dates and activities (a window opens, a due day or grace passes, a slot starts or ends,
     * the phase moves on); empty when time alone changes nothing more.
     */
    public static Optional<LocalDate> nextChange(ProgramTemplate template, CaseDates dates, CaseSchedule schedule,
                                                 LocalDate today) {
        LocalDate release = dates.release();
        List<LocalDate> days = new ArrayList<>(List.of(release, release.plusDays(1),
                release.plusDays(template.firstStepsDays() + 1L), release.plusDays(template.durationDays() + 1L)));
        if (dates.exit() != null) {
            days.add(dates.exit());
        }
        for (MilestoneStatus m : schedule.milestones()) {
            if (m.state() != MilestoneState.DONE && m.state() != MilestoneState.CANCELLED) {
                days.addAll(List.of(m.opens(), m.due().plusDays(1), m.lastDay().plusDays(1)));
            }
        }
        for (CadenceSlot s : schedule.slots()) {
            if (s.state() != MilestoneState.DONE) {
                days.addAll(List.of(s.from(), s.to().plusDays(1)));
            }
        }
        return days.stream().filter(day -> day.isAfter(today)).min(Comparator.naturalOrder());
    }

    static Phase phase(ProgramTemplate template, CaseDates dates, LocalDate today) {
        LocalDate release = dates.release();
        if (dates.exitedBy(today)) {
            return Phase.EXITED;
        }
        if (today.isBefore(release)) {
            return Phase.PRE_RELEASE;
        }
        if (today.isEqual(release)) {
            return Phase.RELEASE_DAY;
        }
        if (!today.isAfter(release.plusDays(template.firstStepsDays()))) {
            return Phase.FIRST_STEPS;
        }
        return today.isAfter(release.plusDays(template.durationDays())) ? Phase.COMPLETED : Phase.ONGOING;
    }

    private static MilestoneStatus milestone(MilestoneDefinition milestone, CaseDates dates,
                                             Collection<Activity> activities, LocalDate today) {
        LocalDate due = dates.release().plusDays(milestone.offsetDays());
        LocalDate opens = due.minusDays(milestone.windowDays());
        if (opens.isBefore(dates.referral())) {
            opens = dates.referral().isAfter(due) ? due : dates.referral();
        }
        LocalDate lastDay = due.plusDays(milestone.graceDays());
        LocalDate windowStart = opens;
        Optional<LocalDate> done = activities.stream()
                .filter(a -> milestone.completedBy().contains(a.kind()))
                .map(Activity::date)
                .filter(d -> !d.isBefore(windowStart) && !d.isAfter(lastDay))
                .filter(d -> dates.exit() == null || !d.isAfter(dates.exit()))
                .min(Comparator.naturalOrder());
        MilestoneState state;
        if (done.isPresent()) {
            state = MilestoneState.DONE;
        } else if (dates.exit() != null && due.isAfter(dates.exit())) {
            state = MilestoneState.CANCELLED;
        } else if (today.isBefore(opens)) {
            state = MilestoneState.UPCOMING;
        } else if (!today.isAfter(due)) {
            state = MilestoneState.DUE;
        } else if (!today.isAfter(lastDay)) {
            state = MilestoneState.LATE;
        } else {
            state = MilestoneState.MISSED;
        }
        return new MilestoneStatus(milestone, opens, due, lastDay, state, done.orElse(null));
    }

    private static CadenceSlot slot(CadenceDefinition cadence, LocalDate from, LocalDate to,
                                    Collection<Activity> activities, LocalDate today) {
        Optional<LocalDate> done = activities.stream()
                .filter(a -> a.kind() == cadence.kind())
                .map(Activity::date)
                .filter(d -> !d.isBefore(from) && !d.isAfter(to))
                .min(Comparator.naturalOrder());
        MilestoneState state = done.isPresent() ? MilestoneState.DONE
                : today.isBefore(from) ? MilestoneState.UPCOMING
                : !today.isAfter(to) ? MilestoneState.DUE
                : MilestoneState.MISSED;
        return new CadenceSlot(cadence, from, to, state, done.orElse(null));
    }
}
