package org.gatehouse.programs;

import java.util.List;
import java.util.Objects;

/**
 * What a program expects of a case, as data: milestones and contact cadences counted from the
 * release date, and how many days after release the program lasts. Agencies copy and adjust
 * the built-in ones.
 */
public record ProgramTemplate(String code, String name, int firstStepsDays, int durationDays,
                              List<MilestoneDefinition> milestones, List<CadenceDefinition> cadences) {

    public ProgramTemplate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (firstStepsDays < 0 || durationDays < firstStepsDays) {
            throw new IllegalArgumentException("the program must last at least as long as First Steps");
        }
        milestones = List.copyOf(milestones);
        cadences = List.copyOf(cadences);
    }

    /** This template with the outcome checkpoints and plan reviews that fit its length added. */
    ProgramTemplate withOutcomesAndReviews() {
        return new ProgramTemplate(code, name, firstStepsDays, durationDays,
                BuiltInTemplates.concat(milestones, BuiltInTemplates.checkpointsWithin(durationDays)),
                BuiltInTemplates.concat(cadences, BuiltInTemplates.planReviewsWithin(durationDays)));
    }
}
