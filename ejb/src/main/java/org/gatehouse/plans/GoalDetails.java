package org.gatehouse.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gatehouse.casework.Pathway;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.Texts;
import org.gatehouse.platform.Violation;

/** A plan goal as a screen gives it: the pathway, what is to be achieved, by whom, by when, reviewed when. */
public record GoalDetails(Pathway pathway, String goal, GoalOwner owner, LocalDate dueOn, LocalDate reviewOn) {

    public GoalDetails {
        goal = Texts.strippedOrNull(goal);
    }

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        Checks.required(found, "pathway", pathway);
        Checks.line(found, "goal", goal, 500, true);
        Checks.required(found, "owner", owner);
        if (dueOn != null && reviewOn != null && reviewOn.isAfter(dueOn)) {
            found.add(new Violation("review_on", "must not be after the due date"));
        }
        return found;
    }
}
