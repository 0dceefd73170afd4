package org.gatehouse.warehouse;

import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Reads the engagements the load needs (all, or those recorded or signed off since the last load),
 * agency by agency, a page at a time.
 */
@Named
public class EngagementReader extends AgencyPagesReader<EngagementPage> {

    static final int PAGE = 2000;

    /** Engagements per page (job parameter {@code engagementsPerPage}, default {@value #PAGE}). */
    @Inject
    @BatchProperty
    private String engagementsPerPage;

    @Inject
    private EngagementExtract extract;

    @Override
    protected EngagementPage page(LoadRun load, long afterId) {
        return extract.after(afterId, size(engagementsPerPage, PAGE), load.changedSince());
    }

    @Override
    protected boolean isEmpty(EngagementPage page) {
        return page.isEmpty();
    }

    @Override
    protected long lastId(EngagementPage page) {
        return page.lastEngagementId();
    }
}
