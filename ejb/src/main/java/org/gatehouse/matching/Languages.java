package org.gatehouse.matching;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Languages compared as people write them: case and surrounding blanks do not matter. */
final class Languages {

    private Languages() {
    }

    /** A list as typed on a form: "Arabic, English" or "Arabic; English". */
    static Set<String> parse(String typed) {
        return typed == null ? Set.of() : normalised(Set.of(typed.split("[,;/]")).stream()
                .filter(l -> !l.isBlank()).collect(Collectors.toSet()));
    }

    static Set<String> normalised(Set<String> languages) {
        return languages == null ? Set.of() : languages.stream().filter(l -> l != null && !l.isBlank())
                .map(l -> l.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
