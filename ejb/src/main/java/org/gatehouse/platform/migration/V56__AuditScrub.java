package org.gatehouse.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gatehouse.platform.Databases;

/**
 * On PostgreSQL, {@code scrub_audit_detail(record_type, record_id)}: the one way the application may
 * change the audit trail, which it can otherwise only add to. When a case is de-identified, the
 * details of its record's audit events (field changes quote names and dates of birth) are replaced;
 * who did what and when stays. Only a participant's or referral's events, only once that case is
 * de-identified (a live case's trail stays whole, whatever the application asks), only of the agency
 * the session is bound to (row-level security binds the owner too); runs as the tables' owner.
 * SchemaMigrator grants the application the call.
 */
public class V56__AuditScrub extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!Databases.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    create function scrub_audit_detail(of_type text, of_id text) returns integer
                        language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
                    declare
                        scrubbed integer;
                    begin
                        if of_type = 'Participant' then
                            if not exists (select 1 from public.participant
                                    where id = cast(of_id as bigint) and deidentified_on is not null) then
                                raise exception 'only a de-identified case''s audit details are scrubbed';
                            end if;
                        elsif of_type = 'Referral' then
                            if not exists (select 1 from public.referral r join public.participant p
                                    on p.id = r.participant_id
                                    where r.id = cast(of_id as bigint) and p.deidentified_on is not null) then
                                raise exception 'only a de-identified case''s audit details are scrubbed';
                            end if;
                        else
                            raise exception 'audit details of % records are never scrubbed', of_type;
                        end if;
                        update public.audit_event set detail = '(removed under the retention rule)'
                            where record_type = of_type and record_id = of_id and detail is not null
                            and agency_id = nullif(current_setting('gatehouse.agency', true), '')::bigint;
                        get diagnostics scrubbed = row_count;
                        return scrubbed;
                    end $$""");
            sql.execute("revoke all on function scrub_audit_detail(text, text) from public");
        }
    }
}
