package org.gatehouse.mentoring;

import java.util.List;

/** The vetting checks every agency starts with (it may add its own). */
public final class CheckTypes {

    public record Default(String code, String name) {
    }

    public static final List<Default> DEFAULTS = List.of(
            new Default("POLICE", "Police check"),
            new Default("WWVP", "Working with vulnerable people check"),
            new Default("REFERENCES", "References"));

    private CheckTypes() {
    }
}
