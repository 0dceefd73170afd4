package org.gatehouse.worklist;

import java.util.List;
import org.gatehouse.referral.Referral;
import org.gatehouse.transfer.CaseTransfer;

/**
 * A user's home screen: what needs doing now. Case sections for case staff, intake sections for
 * coordinators; empty sections the role does not have.
 */
public record Worklist(List<WorkItem> releasesSoon, List<WorkItem> overdue, List<WorkItem> noCallToday,
                       List<Referral> awaitingIntake, List<CaseTransfer> incomingTransfers,
                       List<MentorItem> mentorVetting) {

    /** How far ahead "releases soon" looks. */
    public static final int RELEASE_HORIZON_DAYS = 14;

    /** A mentor whose vetting needs the coordinator, and what about it. */
    public record MentorItem(long mentorId, String name, List<String> outstanding) {
    }

    public Worklist {
        releasesSoon = List.copyOf(releasesSoon);
        overdue = List.copyOf(overdue);
        noCallToday = List.copyOf(noCallToday);
        awaitingIntake = List.copyOf(awaitingIntake);
        incomingTransfers = List.copyOf(incomingTransfers);
        mentorVetting = List.copyOf(mentorVetting);
    }
}
