package org.gatehouse.platform;

/**
 * One reason an input was refused, tied to the field (a CSV column, a JSON property, a form input)
 * it concerns, so that each door can show it where the user looks.
 */
public record Violation(String field, String message) {

    @Override
    public String toString() {
        return field == null ? message : field + ": " + message;
    }
}
