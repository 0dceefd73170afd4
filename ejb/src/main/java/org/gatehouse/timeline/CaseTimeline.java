package org.gatehouse.timeline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.gatehouse.engagement.Engagement;
import org.gatehouse.matching.Match;
import org.gatehouse.notes.CaseNote;
import org.gatehouse.platform.Labelled;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.programs.MilestoneState;
import org.gatehouse.programs.MilestoneStatus;

/**
 * A case's story on one list, newest first: what happened (engagements, with those that did not
 * happen marked), what was written (notes), milestones done or missed and those coming due, and
 * the matches that started and ended. Built from what the caller may already see; pure. The lines
 * are values: the screen puts them into words.
 */
public final class CaseTimeline {

    /** What a line tells, and under which {@link TimelineKind} it goes. */
    public enum Event {
        /** An engagement: activity, outcome (its attendance), by (who recorded it). */
        ENGAGEMENT(TimelineKind.ENGAGEMENT),
        /** A note: by (who wrote it), name (its body). */
        NOTE(TimelineKind.NOTE),
        /** A milestone done (name: the milestone's), on the day it was done. */
        MILESTONE_DONE(TimelineKind.MILESTONE),
        /** A milestone missed, on its last day. */
        MILESTONE_MISSED(TimelineKind.MILESTONE),
        /** A milestone past its due day and not done, on its due day. */
        MILESTONE_OVERDUE(TimelineKind.MILESTONE),
        /** A milestone due, or coming due, on its due day. */
        MILESTONE_DUE(TimelineKind.MILESTONE),
        /** A match started: name (the mentor's). */
        MATCHED(TimelineKind.MENTOR),
        /** A match ended: name (the mentor's), outcome (how it ended, a MatchEnd). */
        MATCH_ENDED(TimelineKind.MENTOR);

        private final TimelineKind kind;

        Event(TimelineKind kind) {
            this.kind = kind;
        }

        public TimelineKind kind() {
            return kind;
        }
    }

    /**
     * One line of the story: its day and {@link Event}; {@code name} the user's words it is about (a
     * milestone's or mentor's name, a note's body); {@code activity} an engagement's kind; {@code outcome}
     * an engagement's attendance or how a match ended; {@code by} who recorded the engagement or wrote
     * the note. Those an event does not have are null. {@code upcoming}: a milestone not yet due.
     */
    public record Entry(LocalDate on, Event event, String name, ActivityKind activity, Labelled outcome, String by,
                        boolean upcoming) {

        /** The kind column. */
        public TimelineKind kind() {
            return event.kind();
        }
    }

    private CaseTimeline() {
    }

    public static List<Entry> of(Collection<Engagement> engagements, Collection<CaseNote> notes,
                                 Collection<MilestoneStatus> milestones, Collection<Match> matches, ZoneId zone,
                                 LocalDate today) {
        List<Entry> entries = new ArrayList<>();
        for (Engagement e : engagements) {
            entries.add(new Entry(e.getHappenedOn(), Event.ENGAGEMENT, null, e.getKind(), e.getAttendance(),
                    e.getRecordedBy(), false));
        }
        for (CaseNote n : notes) {
            entries.add(new Entry(n.getWrittenAt().atZone(zone).toLocalDate(), Event.NOTE, n.getBody(), null, null,
                    n.getWrittenBy(), false));
        }
        for (MilestoneStatus m : milestones) {
            String name = m.milestone().label();
            switch (m.state()) {
                case DONE -> entries.add(milestone(m.doneOn(), Event.MILESTONE_DONE, name, false));
                case MISSED -> entries.add(milestone(m.lastDay(), Event.MILESTONE_MISSED, name, false));
                case LATE -> entries.add(milestone(m.due(), Event.MILESTONE_OVERDUE, name, false));
                case DUE, UPCOMING -> entries.add(milestone(m.due(), Event.MILESTONE_DUE, name,
                        m.due().isAfter(today)));
                default -> { }
            }
        }
        for (Match match : matches) {
            String mentor = match.getMentor().getName();
            entries.add(new Entry(match.getStartedOn(), Event.MATCHED, mentor, null, null, null, false));
            if (!match.isCurrent()) {
                entries.add(new Entry(match.getEndedOn(), Event.MATCH_ENDED, mentor, null, match.getEndKind(), null,
                        false));
            }
        }
        entries.sort(Comparator.comparing(Entry::on).reversed());
        return entries;
    }

    /**
     * Milestones past their due date and not done: what the case worker must see first (each with
     * its name and due day).
     */
    public static List<MilestoneStatus> overdue(Collection<MilestoneStatus> milestones) {
        return milestones.stream().filter(m -> m.state() == MilestoneState.LATE).toList();
    }

    private static Entry milestone(LocalDate on, Event event, String name, boolean upcoming) {
        return new Entry(on, event, name, null, null, null, upcoming);
    }
}
