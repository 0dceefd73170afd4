package org.gatehouse;

import java.lang.reflect.Field;

/** Gives an entity the id the database would, for unit tests of rules that compare ids. */
public final class Persisted {

    private Persisted() {
    }

    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
