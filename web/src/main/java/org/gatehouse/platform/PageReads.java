package org.gatehouse.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * A page's reads in one transaction. Each service call otherwise runs in a transaction of its own:
 * a persistence context, a connection, the caller's agency bound (on PostgreSQL a statement) and a
 * commit each, and every service finds the case again. A page that shows many services' records
 * (the case page reads a dozen) reads them together; the services' own access checks still run.
 * A refusal rolls the whole read back and reaches the caller as the service threw it. Never for
 * changes: a save keeps its own transaction, so that what the user saved does not depend on the
 * page showing it.
 */
@ApplicationScoped
public class PageReads {

    @Transactional
    public void together(Runnable reads) {
        reads.run();
    }
}
