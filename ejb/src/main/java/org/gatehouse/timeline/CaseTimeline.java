package org.gatehouse.timeline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.gatehouse.engagement.Attendance;
import org.gatehouse.engagement.Engagement;
import org.gatehouse.matching.Match;
import org.gatehouse.notes.CaseNote;
import org.gatehouse.programs.MilestoneState;
import org.gatehouse.programs.MilestoneStatus;

/**
 * A case's story on one list, newest first: what happened (engagements, with those that did not
 * happen marked), what was written (notes), milestones done or missed and those coming due, and
 * the matches that started and ended. Built from what the caller may already see; pure.
 */
public final class CaseTimeline {

    /** One line of the story. {@code upcoming}: a milestone not yet due. */
    public record Entry(LocalDate on, String kind, String text, boolean upcoming) {
    }

    private CaseTimeline() {
    }

    public static List<Entry> of(Collection<Engagement> engagements, Collection<CaseNote> notes,
                                 Collection<MilestoneStatus> milestones, Collection<Match> matches, ZoneId zone,
                                 LocalDate today) {
        List<Entry> entries = new ArrayList<>();
        for (Engagement e : engagements) {
            String how = e.getAttendance() == Attendance.ATTENDED ? "" : " (" + e.getAttendance().getLabel()
                    .toLowerCase() + ")";
            entries.add(new Entry(e.getHappenedOn(), "Engagement", e.getKind().getLabel() + how + ", recorded by "
                    + e.getRecordedBy(), false));
        }
        for (CaseNote n : notes) {
            entries.add(new Entry(n.getWrittenAt().atZone(zone).toLocalDate(), "Note", n.getWrittenBy() + ": "
                    + n.getBody(), false));
        }
        for (MilestoneStatus m : milestones) {
            switch (m.state()) {
                case DONE -> entries.add(new Entry(m.doneOn(), "Milestone", m.milestone().label() + " done", false));
                case MISSED -> entries.add(new Entry(m.lastDay(), "Milestone", m.milestone().label() + " missed",
                        false));
                case LATE -> entries.add(new Entry(m.due(), "Milestone", m.milestone().label() + " overdue", false));
                case DUE, UPCOMING -> entries.add(new Entry(m.due(), "Milestone", m.milestone().label() + " due",
                        m.due().isAfter(today)));
                default -> { }
            }
        }
        for (Match match : matches) {
            entries.add(new Entry(match.getStartedOn(), "Mentor", "Matched with " + match.getMentor().getName(),
                    false));
            if (!match.isCurrent()) {
                entries.add(new Entry(match.getEndedOn(), "Mentor", "Match with " + match.getMentor().getName()
                        + " ended: " + match.getEndKind().getLabel().toLowerCase(), false));
            }
        }
        entries.sort(Comparator.comparing(Entry::on).reversed());
        return entries;
    }

    /** Milestones past their due date and not done: what the case worker must see first. */
    public static List<String> overdue(Collection<MilestoneStatus> milestones) {
        return milestones.stream().filter(m -> m.state() == MilestoneState.LATE)
                .map(m -> m.milestone().label() + " (due " + m.due() + ")").toList();
    }
}
