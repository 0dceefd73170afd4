package org.gatehouse.search;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The last step of a rebuild: the new generation becomes the one searches use. */
@Named
public class NoteIndexSwitch extends AbstractBatchlet {

    @Inject
    private NoteIndex index;

    @Override
    public String process() {
        String generation = index.state().rebuildGeneration();
        if (generation == null) {
            throw new IllegalStateException("no rebuilt case-note index to switch to: start a new rebuild");
        }
        index.switchTo(generation);
        return "SWITCHED";
    }
}
