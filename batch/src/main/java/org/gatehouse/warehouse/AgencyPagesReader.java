package org.gatehouse.warehouse;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;

/**
 * Reads what the load needs agency by agency (in id order) as that agency's system, so its row
 * policy holds, a page at a time; an item is a page. The checkpoint is an {@link AgencyCursor}.
 */
abstract class AgencyPagesReader<P> extends AbstractItemReader {

    @Inject
    private WarehouseLoads loads;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private JobContext job;

    private LoadRun load;
    private List<Agency> order;
    private AgencyCursor cursor;

    /** The agency's next page after a record id (the caller is the agency's system). */
    protected abstract P page(LoadRun load, long afterId);

    protected abstract boolean isEmpty(P page);

    protected abstract long lastId(P page);

    @Override
    public void open(Serializable checkpoint) {
        load = WarehouseJob.asPlatform(() -> loads.loadOf(job.getInstanceId()));
        order = agencies.agencies().stream().sorted(Comparator.comparing(Agency::getId)).toList();
        cursor = checkpoint == null ? new AgencyCursor(order.isEmpty() ? 0 : order.get(0).getId(), 0)
                : (AgencyCursor) checkpoint;
    }

    @Override
    public Object readItem() {
        for (Agency agency : order) {
            if (agency.getId() < cursor.agencyId()) {
                continue;
            }
            if (agency.getId() > cursor.agencyId()) {
                cursor = new AgencyCursor(agency.getId(), 0);
            }
            P page = WarehouseJob.asAgency(agency, () -> page(load, cursor.afterId()));
            if (!isEmpty(page)) {
                cursor = cursor.after(lastId(page));
                return page;
            }
        }
        cursor = new AgencyCursor(Long.MAX_VALUE, 0);
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return cursor;
    }

    /** A page size from a job parameter (blank: the default). */
    static int size(String parameter, int byDefault) {
        return parameter == null || parameter.isBlank() ? byDefault : Integer.parseInt(parameter.strip());
    }
}
