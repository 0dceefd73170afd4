package org.gatehouse.warehouse;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;

/**
 * Reads the episodes the load needs, agency by agency as that agency's system (so its row policy
 * holds), a page of cases at a time; an item is a page. The checkpoint is the agency and last case.
 */
@Named
public class EpisodeReader extends AbstractItemReader {

    static final int PAGE = 200;

    /** Cases per page (job parameter {@code casesPerPage}, default {@value #PAGE}). */
    @Inject
    @BatchProperty
    private String casesPerPage;

    @Inject
    private WarehouseLoads loads;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private EpisodeExtract extract;

    @Inject
    private JobContext job;

    private LoadRun load;
    private List<Agency> order;
    private EpisodePosition position;

    @Override
    public void open(Serializable checkpoint) {
        load = WarehouseJob.asPlatform(() -> loads.loadOf(job.getInstanceId()));
        order = agencies.agencies().stream().sorted(Comparator.comparing(Agency::getId)).toList();
        position = checkpoint == null ? new EpisodePosition(0, 0) : (EpisodePosition) checkpoint;
    }

    @Override
    public Object readItem() {
        while (position.agency() < order.size()) {
            Agency agency = order.get(position.agency());
            EpisodePage page = WarehouseJob.asAgency(agency,
                    () -> extract.after(position.afterParticipantId(), page(), load.changedSince(), load.asOf()));
            if (!page.isEmpty()) {
                position = position.after(page.lastParticipantId());
                return page;
            }
            position = position.nextAgency();
        }
        return null;
    }

    private int page() {
        return casesPerPage == null || casesPerPage.isBlank() ? PAGE : Integer.parseInt(casesPerPage.strip());
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
