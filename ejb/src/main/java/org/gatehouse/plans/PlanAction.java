package org.gatehouse.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** One step towards a goal: what, by whom, by when, done or not. */
@Embeddable
public class PlanAction {

    @Column(name = "action_text", nullable = false, length = 500)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private GoalOwner owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(nullable = false)
    private boolean done;

    protected PlanAction() {
    }

    PlanAction(String text, GoalOwner owner, LocalDate dueOn) {
        this.text = text;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    void complete() {
        done = true;
    }

    public String getText() {
        return text;
    }

    public GoalOwner getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isDone() {
        return done;
    }
}
