package org.gatehouse.programs;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A milestone as a program stores it (its own copy, which the agency may adjust). */
@Embeddable
public class StoredMilestone {

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "offset_days", nullable = false)
    private int offsetDays;

    @Column(name = "window_days", nullable = false)
    private int windowDays;

    @Column(name = "grace_days", nullable = false)
    private int graceDays;

    /** The activity kinds that complete it, ';'-separated. */
    @Column(name = "completed_by", nullable = false, length = 400)
    private String completedBy;

    protected StoredMilestone() {
    }

    public StoredMilestone(MilestoneDefinition definition) {
        code = definition.code();
        label = definition.label();
        offsetDays = definition.offsetDays();
        windowDays = definition.windowDays();
        graceDays = definition.graceDays();
        completedBy = joined(definition.completedBy());
    }

    public MilestoneDefinition definition() {
        return new MilestoneDefinition(code, label, offsetDays, windowDays, graceDays, parsed(completedBy));
    }

    public static String joined(Set<ActivityKind> kinds) {
        return EnumSet.copyOf(kinds).stream().map(Enum::name).collect(Collectors.joining(";"));
    }

    static Set<ActivityKind> parsed(String kinds) {
        return Arrays.stream(kinds.split(";")).map(ActivityKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ActivityKind.class)));
    }
}
