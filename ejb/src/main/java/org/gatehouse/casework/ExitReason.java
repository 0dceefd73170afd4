package org.gatehouse.casework;

import java.util.Arrays;
import java.util.List;

/** Why a case ended, grouped by the kind of exit it is. */
public enum ExitReason {
    COMPLETED(ExitType.PLANNED, "Completed the program"),
    GOALS_MET(ExitType.PLANNED, "Goals met early"),
    LONGER_TERM_SUPPORT(ExitType.PLANNED, "Moved on to longer-term support elsewhere"),
    RETURNED_TO_CUSTODY(ExitType.UNPLANNED, "Returned to custody"),
    NOT_ENGAGED(ExitType.UNPLANNED, "Did not engage"),
    CONSENT_WITHDRAWN(ExitType.UNPLANNED, "Withdrew consent"),
    MOVED_AWAY(ExitType.UNPLANNED, "Moved away"),
    UNCONTACTABLE(ExitType.UNPLANNED, "Could not be contacted"),
    DECEASED(ExitType.UNPLANNED, "Deceased"),
    TRANSFERRED(ExitType.TRANSFERRED, "Transferred to another agency");

    private final ExitType type;
    private final String label;

    ExitReason(ExitType type, String label) {
        this.type = type;
        this.label = label;
    }

    public ExitType type() {
        return type;
    }

    public String getLabel() {
        return label;
    }

    public static List<ExitReason> of(ExitType type) {
        return Arrays.stream(values()).filter(r -> r.type == type).toList();
    }
}
