package org.gatehouse.worklist;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home screen's worklist, built once per request. */
@Named
@RequestScoped
public class WorklistView {

    @Inject
    private Worklists worklists;

    private Worklist worklist;

    public Worklist getWorklist() {
        if (worklist == null) {
            worklist = worklists.mine();
        }
        return worklist;
    }
}
