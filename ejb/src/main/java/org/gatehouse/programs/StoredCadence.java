package org.gatehouse.programs;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A contact cadence as a program stores it. */
@Embeddable
public class StoredCadence {

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ActivityKind kind;

    @Column(name = "every_days", nullable = false)
    private int everyDays;

    @Column(name = "from_day", nullable = false)
    private int fromDay;

    @Column(name = "to_day", nullable = false)
    private int toDay;

    protected StoredCadence() {
    }

    public StoredCadence(CadenceDefinition definition) {
        code = definition.code();
        label = definition.label();
        kind = definition.kind();
        everyDays = definition.everyDays();
        fromDay = definition.fromDay();
        toDay = definition.toDay();
    }

    public CadenceDefinition definition() {
        return new CadenceDefinition(code, label, kind, everyDays, fromDay, toDay);
    }
}
