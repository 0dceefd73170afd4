package org.gatehouse.casework;

import java.util.Arrays;
import java.util.List;
import org.gatehouse.platform.Labelled;

/** Why a case ended, grouped by the kind of exit it is. */
public enum ExitReason implements Labelled {
    COMPLETED(ExitType.PLANNED),
    GOALS_MET(ExitType.PLANNED),
    LONGER_TERM_SUPPORT(ExitType.PLANNED),
    RETURNED_TO_CUSTODY(ExitType.UNPLANNED),
    NOT_ENGAGED(ExitType.UNPLANNED),
    CONSENT_WITHDRAWN(ExitType.UNPLANNED),
    MOVED_AWAY(ExitType.UNPLANNED),
    UNCONTACTABLE(ExitType.UNPLANNED),
    DECEASED(ExitType.UNPLANNED),
    TRANSFERRED(ExitType.TRANSFERRED);

    private final ExitType type;

    ExitReason(ExitType type) {
        this.type = type;
    }

    public ExitType type() {
        return type;
    }

    public static List<ExitReason> of(ExitType type) {
        return Arrays.stream(values()).filter(r -> r.type == type).toList();
    }
}
