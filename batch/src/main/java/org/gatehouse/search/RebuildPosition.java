package org.gatehouse.search;

import java.io.Serializable;
import java.util.Objects;

/**
 * The rebuild reader's checkpoint: the generation being filled, the agency being read (its place in
 * id order) and the last note version read in it. A restart continues right after it.
 */
record RebuildPosition(String generation, int agency, long afterNoteVersion) implements Serializable {

    RebuildPosition {
        Objects.requireNonNull(generation, "generation");
    }

    RebuildPosition after(long noteVersion) {
        return new RebuildPosition(generation, agency, noteVersion);
    }

    RebuildPosition nextAgency() {
        return new RebuildPosition(generation, agency + 1, 0);
    }
}
