package org.gatehouse.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.gatehouse.platform.migration.V4__RowLevelSecurity;
import org.gatehouse.platform.migration.V7__ProgramTemplatesAndCasePolicies;
import org.gatehouse.platform.migration.V10__MentorPolicies;
import org.gatehouse.platform.migration.V12__MentorSessionPolicies;
import org.gatehouse.platform.migration.V14__MatchingPolicies;
import org.gatehouse.platform.migration.V16__EngagementAttendeePolicies;
import org.gatehouse.platform.migration.V18__CaseNotePolicies;
import org.gatehouse.platform.migration.V20__CasePlanPolicies;
import org.gatehouse.platform.migration.V22__AppointmentPolicies;
import org.gatehouse.platform.migration.V24__OutcomeCheckpointsInPrograms;
import org.gatehouse.platform.migration.V26__PartnerPolicies;
import org.gatehouse.platform.migration.V28__Installation;
import org.gatehouse.platform.migration.V30__ReferralSharedWith;
import org.gatehouse.platform.migration.V33__PseudonymKey;
import org.gatehouse.platform.migration.V43__EpisodeRecheckPolicies;
import org.gatehouse.platform.migration.V46__AgencyBackfills;
import org.gatehouse.platform.migration.V49__ServiceLevelTargetPolicies;
import org.gatehouse.platform.migration.V51__ExportFilePolicies;
import org.gatehouse.platform.migration.V53__IdempotentRequestPolicies;
import org.gatehouse.platform.migration.V54__StagingStatistics;
import org.gatehouse.platform.migration.V56__AuditScrub;
import org.gatehouse.platform.migration.V59__AwaitingSignOffIndexes;
import org.gatehouse.platform.migration.V61__UploadedFilesForgotten;

/**
 * Brings the database schema to the version this build needs, at deployment start, before any
 * other bean touches the database. Versioned migrations are the only way the schema changes.
 * In production they run as the tables' owner ({@value #MIGRATION_DATASOURCE}, docs/DEPLOYMENT.md),
 * who then grants the application's role what it may do with the rows: the application itself
 * connects as a role that owns nothing, so that it cannot change the schema, switch row-level
 * security off or rewrite the audit trail. Without that datasource (the embedded default), the
 * application's own connection migrates.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    /** The owner's datasource, where production defines one (datasource-postgresql.cli). */
    static final String MIGRATION_DATASOURCE = "java:jboss/datasources/GatehouseMigrationDS";

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    /** Migrations left after start (computed once: asking Flyway scans the class path). */
    private int pendingAfterStart;

    @PostConstruct
    void migrate() {
        DataSource owner = migrationDataSource();
        MigrateResult result = flyway(owner).migrate();
        pendingAfterStart = flyway(owner).info().pending().length;
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
        grantTheApplication(owner);
        warnIfRowLevelSecurityIsBypassed();
    }

    private DataSource migrationDataSource() {
        try {
            return (DataSource) new InitialContext().lookup(MIGRATION_DATASOURCE);
        } catch (NamingException e) {
            return dataSource;
        }
    }

    /**
     * On PostgreSQL, when the owner migrated: the application's role may read and write every row
     * (row-level security still decides which), use the sequences, empty the warehouse's staging
     * tables (only those) and refresh their statistics, read the migration history (readiness counts it), and
     * only add to the audit trail (besides scrubbing a de-identified case's details, V56).
     * Granted after every start, so that a new table is covered by the migration that made it.
     */
    private void grantTheApplication(DataSource owner) {
        try (Connection asOwner = owner.getConnection(); Connection asApplication = dataSource.getConnection()) {
            if (!Databases.isPostgres(asOwner)) {
                return;
            }
            String ownerRole = role(asOwner);
            String application = role(asApplication);
            if (ownerRole.equals(application)) {
                LOG.warning("The application connects as " + application + ", the tables' owner: give it a role "
                        + "of its own (docs/DEPLOYMENT.md, Database roles)");
                return;
            }
            String to = " to \"" + application.replace("\"", "\"\"") + "\"";
            String from = " from \"" + application.replace("\"", "\"\"") + "\"";
            // one transaction: another node starting meanwhile never sees the rights wider than they end
            asOwner.setAutoCommit(false);
            try (Statement sql = asOwner.createStatement()) {
                sql.execute("grant usage on schema public, warehouse" + to);
                sql.execute("grant select, insert, update, delete on all tables in schema public" + to);
                sql.execute("grant select, insert, update, delete on all tables in schema warehouse" + to);
                sql.execute("revoke truncate on all tables in schema public, warehouse" + from);
                sql.execute("grant usage, select on all sequences in schema public, warehouse" + to);
                List<String> stages = new ArrayList<>();
                try (ResultSet stage = sql.executeQuery("select tablename from pg_tables where schemaname = 'warehouse' "
                        + "and tablename like 'stage\\_%'")) {
                    while (stage.next()) {
                        stages.add("warehouse." + stage.getString(1));
                    }
                }
                if (!stages.isEmpty()) {
                    // the load empties its staging tables; the facts are never truncated
                    sql.execute("grant truncate on " + String.join(", ", stages) + to);
                }
                // the staging tables' statistics, refreshed as their owner (V54)
                sql.execute("grant execute on function warehouse.analyze_stage(text)" + to);
                // a de-identified case's audit details, replaced (V56): the only change to the trail
                sql.execute("grant execute on function scrub_audit_detail(text, text)" + to);
                sql.execute("revoke insert, update, delete on flyway_schema_history" + from);
                sql.execute("revoke update, delete, truncate on audit_event" + from);
                asOwner.commit();
            } catch (SQLException e) {
                asOwner.rollback();
                throw e;
            } finally {
                asOwner.setAutoCommit(true);
            }
            LOG.info(() -> "Rights on the tables granted to " + application + " (the tables' owner is " + ownerRole + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("The application's rights on the tables could not be granted", e);
        }
    }

    private static String role(Connection connection) throws SQLException {
        try (ResultSet role = connection.createStatement().executeQuery("select current_user")) {
            role.next();
            return role.getString(1);
        }
    }

    /** How many of this build's migrations the database had not applied once started (readiness asks: 0). */
    @Lock(LockType.READ)
    public int pending() {
        return pendingAfterStart;
    }

    private static Flyway flyway(DataSource owner) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(owner)
                .locations("classpath:db/migration")
                .javaMigrations(new V4__RowLevelSecurity(), new V7__ProgramTemplatesAndCasePolicies(),
                        new V10__MentorPolicies(), new V12__MentorSessionPolicies(),
                        new V14__MatchingPolicies(), new V16__EngagementAttendeePolicies(),
                        new V18__CaseNotePolicies(), new V20__CasePlanPolicies(),
                        new V22__AppointmentPolicies(), new V24__OutcomeCheckpointsInPrograms(),
                        new V26__PartnerPolicies(), new V28__Installation(), new V30__ReferralSharedWith(),
                        new V33__PseudonymKey(), new V43__EpisodeRecheckPolicies(), new V46__AgencyBackfills(),
                        new V49__ServiceLevelTargetPolicies(), new V51__ExportFilePolicies(),
                        new V53__IdempotentRequestPolicies(), new V54__StagingStatistics(), new V56__AuditScrub(),
                        new V59__AwaitingSignOffIndexes(), new V61__UploadedFilesForgotten())
                // the batch job repository shares the database and creates its own tables first
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /** A superuser or BYPASSRLS role silently disables the second line of defence: say so loudly. */
    private void warnIfRowLevelSecurityIsBypassed() {
        try (Connection connection = dataSource.getConnection()) {
            if (!Databases.isPostgres(connection)) {
                return;
            }
            try (ResultSet role = connection.createStatement().executeQuery(
                    "select rolname from pg_roles where rolname = current_user and (rolsuper or rolbypassrls)")) {
                if (role.next()) {
                    LOG.warning("The database role " + role.getString(1) + " bypasses row-level security: connect "
                            + "as a role without SUPERUSER and BYPASSRLS (see docs/ARCHITECTURE.md, Database)");
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not check the database role", e);
        }
    }
}
