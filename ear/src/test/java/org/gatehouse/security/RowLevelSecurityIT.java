package org.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.platform.Databases;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database underneath the application: on PostgreSQL, row-level security shows a connection
 * only the rows of the agency set on it, even to SQL that asks for everything; on H2 (no row-level
 * security) the same migration version is recorded so both keep one history.
 */
@ExtendWith(ArquillianExtension.class)
class RowLevelSecurityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(RowLevelSecurityIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry registry;

    @Test
    void plainSqlSeesOnlyTheAgencySetOnTheConnection() throws Exception {
        TestAgency a = TestData.newAgency(agencies, "RLS");
        TestAgency b = TestData.newAgency(agencies, "RLS");
        runAs(a.as(Role.COORDINATOR), () -> registry.register(TestData.participant("RLS-A", "Ann", "Able")));
        runAs(b.as(Role.COORDINATOR), () -> registry.register(TestData.participant("RLS-B", "Bob", "Baker")));

        try (Connection connection = dataSource.getConnection()) {
            assertThat(version4(connection)).isTrue();
            if (!Databases.isPostgres(connection)) {
                return;
            }
            assertThat(count(connection, "select count(*) from pg_roles where rolname = current_user "
                    + "and (rolsuper or rolbypassrls)")).as("the PostgreSQL suite must connect as a role that "
                    + "row-level security applies to (not a superuser, not BYPASSRLS)").isZero();
            connection.setAutoCommit(false);
            try {
                assertThat(refs(connection)).isEmpty();
                bind(connection, a.id());
                assertThat(refs(connection)).contains("RLS-A").doesNotContain("RLS-B");
                assertThat(count(connection, "select count(*) from participant where agency_id = " + b.id()))
                        .isZero();
                assertThat(count(connection, "select count(*) from participant_vulnerability v join participant p "
                        + "on p.id = v.participant_id where p.agency_id = " + b.id())).isZero();
            } finally {
                connection.rollback();
            }
            connection.setAutoCommit(false);
            try {
                bind(connection, a.id());
                int moved = connection.createStatement().executeUpdate(
                        "update participant set prison = 'moved' where external_ref = 'RLS-B'");
                assertThat(moved).isZero();
                assertThatThrownBy(() -> connection.createStatement().executeUpdate(
                        "update participant set agency_id = " + b.id() + " where external_ref = 'RLS-A'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            } finally {
                connection.rollback();
            }
        }
    }

    /**
     * Every table holding case data (it names an agency, a participant, a referral, an import run, a
     * mentor, a session or a pool proposal) is under forced row-level security; only the agency's
     * configuration, its users and the audit trail (filtered by the application) are not. Catches a
     * new case table added without its policy.
     */
    @Test
    void everyCaseTableIsUnderRowLevelSecurity() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            if (!Databases.isPostgres(connection)) {
                return;
            }
            List<String> unprotected = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery("""
                    select distinct c.table_name, t.relrowsecurity and t.relforcerowsecurity
                    from information_schema.columns c join pg_class t on t.relname = c.table_name
                    where c.table_schema = 'public' and c.column_name in
                        ('agency_id', 'from_agency_id', 'participant_id', 'referral_id', 'run_id', 'mentor_id', 'session_id',
                         'proposal_id', 'engagement_id', 'goal_id', 'plan_id', 'appointment_id', 'partner_service_id')
                    """)) {
                while (rows.next()) {
                    if (!rows.getBoolean(2)) {
                        unprotected.add(rows.getString(1));
                    }
                }
            }
            assertThat(unprotected).containsExactlyInAnyOrder("region", "program", "app_user", "audit_event",
                    "check_type", "course", "mentoring_settings");
        }
    }

    /**
     * The application's connection (as in production, ear/src/main/postgresql/bootstrap.sql) owns no
     * table of the case data or the warehouse, so it cannot change the schema, switch row-level
     * security off or rewrite the audit trail; it can do its work with the rows.
     */
    @Test
    void theApplicationsRoleOwnsNoTableAndCannotChangeTheSchemaOrTheAuditTrail() throws Exception {
        TestAgency a = TestData.newAgency(agencies, "RLS");
        long live = runAs(a.as(Role.COORDINATOR), () -> registry.register(TestData.participant("RLS-O", "Olga",
                "Owner")).getId());
        try (Connection connection = dataSource.getConnection()) {
            if (!Databases.isPostgres(connection)) {
                return;
            }
            assertThat(count(connection, "select count(*) from pg_tables where schemaname in ('public', 'warehouse') "
                    + "and tableowner = current_user")).as("tables the application's role owns: run the PostgreSQL "
                    + "suite as .ci/run does (bootstrap.sql, a separate owner migrating)").isZero();
            assertThat(count(connection, "select count(*) from pg_tables where schemaname = 'public'")).isPositive();
            for (String change : List.of("alter table participant no force row level security",
                    "alter table participant disable row level security", "drop policy participant_agency on participant",
                    "drop table audit_event", "create table public.mine (id int)", "truncate participant",
                    "update audit_event set detail = 'rewritten'", "delete from audit_event",
                    "delete from flyway_schema_history", "create schema mine")) {
                connection.setAutoCommit(false);
                try {
                    assertThatThrownBy(() -> connection.createStatement().execute(change)).as(change)
                            .isInstanceOf(SQLException.class).hasMessageMatching("(?s).*(permission denied|must be owner).*");
                } finally {
                    connection.rollback();
                }
            }
            connection.setAutoCommit(true);
            // its work with the rows: reads the history (readiness), adds to the audit trail, uses sequences
            assertThat(version4(connection)).isTrue();
            assertThat(count(connection, "select count(*) from audit_event")).isPositive();
            // the warehouse's staging statistics, as the owner through V54's function, and nothing else through it
            connection.createStatement().execute("select warehouse.analyze_stage('stage_episode')");
            assertThat(count(connection, "select count(*) from pg_stat_user_tables where schemaname = 'warehouse' "
                    + "and relname = 'stage_episode' and last_analyze > now() - interval '1 minute'")).isOne();
            for (String notAStage : List.of("participant", "fact_engagement", "stage_episode; drop table audit_event")) {
                assertThatThrownBy(() -> connection.createStatement().execute("select warehouse.analyze_stage('"
                        + notAStage.replace("'", "''") + "')")).as(notAStage).isInstanceOf(SQLException.class)
                        .hasMessageContaining("not a warehouse staging table");
            }
            // the audit trail's one change (a de-identified case's details, V56): only those record types
            assertThatThrownBy(() -> connection.createStatement().execute("select scrub_audit_detail('Mentor', '1')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("never scrubbed");
            // and never of a live case, whatever the application asks
            connection.setAutoCommit(false);
            try {
                bind(connection, a.id());
                assertThatThrownBy(() -> connection.createStatement().execute("select scrub_audit_detail('Participant', '"
                        + live + "')")).isInstanceOf(SQLException.class).hasMessageContaining("de-identified");
            } finally {
                connection.rollback();
            }
            connection.setAutoCommit(true);
        }
    }

    private static boolean version4(Connection connection) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(
                "select success from flyway_schema_history where version = '4'")) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    private static void bind(Connection connection, long agency) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("select set_config('gatehouse.agency', ?, true)")) {
            set.setString(1, Long.toString(agency));
            set.executeQuery().close();
        }
    }

    private static List<String> refs(Connection connection) throws SQLException {
        List<String> refs = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery(
                "select external_ref from participant where external_ref like 'RLS-%'")) {
            while (rows.next()) {
                refs.add(rows.getString(1));
            }
        }
        return refs;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
