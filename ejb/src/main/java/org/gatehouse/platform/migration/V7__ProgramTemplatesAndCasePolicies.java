package org.gatehouse.platform.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gatehouse.platform.Databases;
import org.gatehouse.programs.BuiltInTemplates;
import org.gatehouse.programs.CadenceDefinition;
import org.gatehouse.programs.MilestoneDefinition;
import org.gatehouse.programs.ProgramTemplate;
import org.gatehouse.programs.StoredMilestone;

/**
 * Gives every existing program its own copy of the built-in template of the same code
 * (re-integration mentoring when none has it), then makes the template columns required; on
 * PostgreSQL, row-level security for the case tables of V6.
 */
public class V7__ProgramTemplatesAndCasePolicies extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        copyTemplates(connection);
        try (Statement sql = connection.createStatement()) {
            sql.execute("alter table program alter column first_steps_days set not null");
            sql.execute("alter table program alter column duration_days set not null");
            if (!Databases.isPostgres(connection)) {
                return;
            }
            for (String table : new String[] {"referral", "consent", "engagement"}) {
                RowPolicies.protect(sql, table, "agency_id = " + RowPolicies.AGENCY);
            }
            RowPolicies.protect(sql, "referral_vulnerability",
                    "exists (select 1 from referral r where r.id = referral_id)");
            RowPolicies.protect(sql, "custody_return",
                    "exists (select 1 from participant p where p.id = participant_id)");
            // both agencies of a hand-over read it; each writes only as itself (checked in the service)
            RowPolicies.protect(sql, "case_transfer",
                    "from_agency_id = " + RowPolicies.AGENCY + " or to_agency_id = " + RowPolicies.AGENCY);
        }
    }

    private static void copyTemplates(Connection connection) throws Exception {
        List<Object[]> programs = new ArrayList<>();
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select id, code from program where template_code is null")) {
            while (rows.next()) {
                programs.add(new Object[] {rows.getLong(1), rows.getString(2)});
            }
        }
        try (PreparedStatement program = connection.prepareStatement(
                "update program set template_code = ?, first_steps_days = ?, duration_days = ? where id = ?");
             PreparedStatement milestone = connection.prepareStatement("insert into program_milestone (program_id, "
                     + "position, code, label, offset_days, window_days, grace_days, completed_by) "
                     + "values (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement cadence = connection.prepareStatement("insert into program_cadence (program_id, "
                     + "position, code, label, kind, every_days, from_day, to_day) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] row : programs) {
                long id = (Long) row[0];
                ProgramTemplate template = BuiltInTemplates.byCode((String) row[1])
                        .orElse(BuiltInTemplates.REINTEGRATION);
                program.setString(1, template.code());
                program.setInt(2, template.firstStepsDays());
                program.setInt(3, template.durationDays());
                program.setLong(4, id);
                program.executeUpdate();
                int position = 0;
                for (MilestoneDefinition m : template.milestones()) {
                    milestone.setLong(1, id);
                    milestone.setInt(2, position++);
                    milestone.setString(3, m.code());
                    milestone.setString(4, m.label());
                    milestone.setInt(5, m.offsetDays());
                    milestone.setInt(6, m.windowDays());
                    milestone.setInt(7, m.graceDays());
                    milestone.setString(8, StoredMilestone.joined(m.completedBy()));
                    milestone.executeUpdate();
                }
                position = 0;
                for (CadenceDefinition c : template.cadences()) {
                    cadence.setLong(1, id);
                    cadence.setInt(2, position++);
                    cadence.setString(3, c.code());
                    cadence.setString(4, c.label());
                    cadence.setString(5, c.kind().name());
                    cadence.setInt(6, c.everyDays());
                    cadence.setInt(7, c.fromDay());
                    cadence.setInt(8, c.toDay());
                    cadence.executeUpdate();
                }
            }
        }
    }
}
