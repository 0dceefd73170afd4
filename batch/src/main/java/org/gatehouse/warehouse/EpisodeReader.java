package org.gatehouse.warehouse;

import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Reads the episodes the load needs, agency by agency, a page of cases at a time. */
@Named
public class EpisodeReader extends AgencyPagesReader<EpisodePage> {

    static final int PAGE = 200;

    /** Cases per page (job parameter {@code casesPerPage}, default {@value #PAGE}). */
    @Inject
    @BatchProperty
    private String casesPerPage;

    @Inject
    private EpisodeExtract extract;

    @Override
    protected EpisodePage page(LoadRun load, long afterId) {
        return extract.after(afterId, size(casesPerPage, PAGE), load);
    }

    @Override
    protected boolean isEmpty(EpisodePage page) {
        return page.isEmpty();
    }

    @Override
    protected long lastId(EpisodePage page) {
        return page.lastParticipantId();
    }
}
