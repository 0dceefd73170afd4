package org.gatehouse.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.persistence.config.QueryHints;
import org.gatehouse.platform.Databases;

/**
 * The second line of defence on PostgreSQL: the transaction's connection carries the bound agency
 * ({@code gatehouse.agency}), and row-level security policies (migration V4) let each statement see
 * and write only that agency's rows. H2 has no row-level security; there this does nothing.
 */
@ApplicationScoped
public class RowLevelSecurity {

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    private volatile Boolean postgres;

    public void bind(EntityManager em, long agency) {
        if (isPostgres()) {
            // transaction-local: the setting ends with the transaction, never leaks to the next user
            // EclipseLink refuses native SQL once multitenant entities exist, unless a query says so
            em.createNativeQuery("select set_config('gatehouse.agency', ?, true)")
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .setParameter(1, Long.toString(agency)).getSingleResult();
        }
    }

    /** Whether the database is PostgreSQL (asked once). */
    public boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = Databases.isPostgres(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("the database cannot be reached", e);
            }
            postgres = known;
        }
        return known;
    }
}
