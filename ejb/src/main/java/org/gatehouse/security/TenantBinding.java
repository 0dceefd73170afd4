package org.gatehouse.security;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The one place agency isolation is enforced: around every business method of every EJB of this
 * module (a default interceptor, see {@code ejb-jar.xml}), the transaction's persistence context is
 * bound to the caller's agency. EclipseLink then adds the agency to every query, find, insert,
 * update and delete of the multitenant entities, whatever the query says; a caller without an
 * agency is bound to no agency and reaches no case record. On PostgreSQL the same agency is set on
 * the connection for row-level security underneath ({@link RowLevelSecurity}).
 */
public class TenantBinding {

    /** The EclipseLink context property the multitenant entities' discriminator reads. */
    public static final String PROPERTY = "gatehouse.agency";
    /** Bound when the caller has no agency: matches no row. */
    public static final long NO_AGENCY = -1L;

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private RowLevelSecurity rowLevelSecurity;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object bind(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            Long agency = callers.current().agencyId();
            long tenant = agency == null ? NO_AGENCY : agency;
            Object bound = transactions.getResource(PROPERTY);
            if (bound == null || (long) bound != tenant) {
                em.setProperty(PROPERTY, tenant);
                rowLevelSecurity.bind(em, tenant);
                transactions.putResource(PROPERTY, tenant);
            }
        }
        return invocation.proceed();
    }
}
