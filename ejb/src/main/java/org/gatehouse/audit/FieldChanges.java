package org.gatehouse.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The field-level difference between two versions of a record, for the audit trail. */
public final class FieldChanges {

    private FieldChanges() {
    }

    /** "field: before -> after" for each component that differs, separated by "; ". */
    public static <R extends Record> String between(R before, R after) {
        List<String> changes = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            Object old = value(component, before);
            Object now = value(component, after);
            if (!Objects.equals(old, now)) {
                changes.add(component.getName() + ": " + text(old) + " -> " + text(now));
            }
        }
        return String.join("; ", changes);
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? "(none)" : value.toString();
    }
}
