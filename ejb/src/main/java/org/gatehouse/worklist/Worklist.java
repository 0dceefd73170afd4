package org.gatehouse.worklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gatehouse.engagement.Engagement;
import org.gatehouse.notes.CaseNote;
import org.gatehouse.referral.Referral;
import org.gatehouse.transfer.CaseTransfer;

/**
 * A user's home screen: what needs doing now. Case sections for case staff (a mentor's cover their
 * mentees), intake sections for coordinators, the mentees for a mentor; empty sections the role
 * does not have. The case sections are worked out for the agency every so often ({@code casesAsOf}:
 * when; {@link CaseWorkSnapshots}).
 */
public record Worklist(List<WorkItem> releasesSoon, List<WorkItem> overdue, List<WorkItem> noCallToday, Instant casesAsOf,
                       List<Referral> awaitingIntake, List<CaseTransfer> incomingTransfers,
                       List<MentorItem> mentorVetting, List<MenteeItem> mentees, List<Engagement> mentorLogs,
                       List<CaseNote> mentorNotes) {

    /** How far ahead "releases soon" looks. */
    public static final int RELEASE_HORIZON_DAYS = 14;

    /** A mentor whose vetting needs the coordinator, and what about it. */
    public record MentorItem(long mentorId, String name, List<Outstanding> outstanding) {
    }

    /** A mentor's mentee: who supervises the match, since when, and what is coming up (meetings, milestones). */
    public record MenteeItem(long participantId, String name, String program, String caseWorker, LocalDate since,
                             List<Outstanding> comingUp) {
        public MenteeItem {
            comingUp = List.copyOf(comingUp);
        }
    }

    public Worklist {
        releasesSoon = List.copyOf(releasesSoon);
        overdue = List.copyOf(overdue);
        noCallToday = List.copyOf(noCallToday);
        awaitingIntake = List.copyOf(awaitingIntake);
        incomingTransfers = List.copyOf(incomingTransfers);
        mentorVetting = List.copyOf(mentorVetting);
        mentees = List.copyOf(mentees);
        mentorLogs = List.copyOf(mentorLogs);
        mentorNotes = List.copyOf(mentorNotes);
    }
}
