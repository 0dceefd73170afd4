package org.gatehouse.privacy;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.eclipse.persistence.config.QueryHints;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.Participant;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.RestrictedRecordException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;

/**
 * A subject-access export: what the database holds about one person's case, for the agency's
 * administrator to answer the person's request. Found by the schema itself, not by a list that a new
 * table could be missing from: the case's row, then every row of every table that refers to it by a
 * foreign key, then every row referring to those, and so on (never another person's row reached
 * through something shared); the transfers from or to the case (no foreign key); and the audit trail
 * of the case and of each record found (who created, changed, read or exported it). Row-level
 * security holds: only the agency's own rows. Audited as an export. Not included: the uploaded import
 * files (each holds many people) and files already exported; the search index and the warehouse hold
 * nothing more (the index is made from these notes; the warehouse only pseudonymous facts).
 */
@Stateless
public class SubjectAccess {

    private static final String ROOT = "participant";
    /**
     * Rows that are the person's but whose own references lead to other people: the mentor record of
     * someone who later mentored others (their matches, conflicts and reminders are their mentees').
     */
    private static final Set<String> ENDS = Set.of("mentor");
    /** The audit trail's name for the records of a table (AuditTrail's record types), where it has one. */
    private static final Map<String, String> AUDITED = Map.ofEntries(Map.entry(ROOT, "Participant"),
            Map.entry("case_note", "CaseNote"), Map.entry("appointment", "Appointment"),
            Map.entry("mentor_match", "Match"), Map.entry("consent", "Consent"), Map.entry("referral", "Referral"),
            Map.entry("plan_goal", "PlanGoal"), Map.entry("service_referral", "ServiceReferral"),
            Map.entry("outcome_checkpoint", "OutcomeCheckpoint"), Map.entry("case_transfer", "CaseTransfer"),
            Map.entry("engagement", "Engagement"));

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A foreign key: rows of {@code table} whose {@code column} names a row's {@code referenced} column. */
    record Reference(String table, String column, String referenced) {
    }

    /** The schema's foreign keys by the table they point at; read once (the schema changes only with a release). */
    private static volatile Map<String, List<Reference>> referencesTo;
    private static volatile Map<String, List<String>> columnsOf;

    /** The case as JSON (UTF-8): its tables, each with its rows (column: value), and the case's audit trail. */
    public String export(long participantId) {
        Caller caller = access.requireAgencyRole("export everything held about a person", Role.AGENCY_ADMIN);
        Participant participant = em.find(Participant.class, participantId);
        if (participant == null || !participant.getAgency().getId().equals(caller.agencyId())) {
            throw new NotFoundException("participant " + participantId);
        }
        // an administrator kept away from the case (a relative, say) is kept away from its export too
        if (participant.isRestrictedFor(caller.userId())) {
            audit.recordNow(AuditKind.ACCESS_DENIED, caller.agencyId(), "Participant", participantId,
                    "restricted record (subject access export)");
            throw new RestrictedRecordException();
        }
        schema();
        Map<String, List<Map<String, Object>>> found = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        Deque<Object[]> todo = new ArrayDeque<>();
        todo.add(new Object[] {ROOT, "id", participantId});
        // what names the case without a foreign key: a transfer from it, or to it
        todo.add(new Object[] {"case_transfer", "participant_id", participantId});
        todo.add(new Object[] {"case_transfer", "received_participant_id", participantId});
        int rows = 0;
        while (!todo.isEmpty()) {
            Object[] next = todo.poll();
            String table = (String) next[0];
            for (Map<String, Object> row : rows(table, (String) next[1], next[2])) {
                // another person's row, reached through something shared (a mentor the person later became);
                // a transfer to the case names the sending agency's case, and is the person's all the same
                Object about = row.get("participant_id");
                if (!ROOT.equals(table) && !"received_participant_id".equals(next[1])
                        && about instanceof Number number && number.longValue() != participantId) {
                    continue;
                }
                String key = table + ":" + row.get("id") + ":" + row;
                if (!seen.add(key)) {
                    continue;
                }
                found.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
                rows++;
                if (ENDS.contains(table)) {
                    continue;
                }
                for (Reference child : referencesTo.getOrDefault(table, List.of())) {
                    Object value = row.get(child.referenced());
                    if (value != null && seen.add(child.table() + "<" + child.column() + "=" + value)) {
                        todo.add(new Object[] {child.table(), child.column(), value});
                    }
                }
            }
        }
        List<Map<String, Object>> trail = auditTrailOf(found);
        audit.record(AuditKind.EXPORT, caller.agencyId(), "Participant", participantId,
                "subject access export: " + rows + " rows from " + found.size() + " tables, " + trail.size()
                        + " audit events");
        return json(participantId, found, trail);
    }

    /**
     * The export of the case the agency knows by this reference (its own reference or the person's
     * justice id, in any case); refused by field when none matches.
     */
    public String exportByReference(String reference) {
        Caller caller = access.requireAgencyRole("export everything held about a person", Role.AGENCY_ADMIN);
        String given = reference == null ? "" : reference.strip();
        List<Long> ids = given.isEmpty() ? List.of() : em.createQuery("select p.id from Participant p "
                        + "where p.agency.id = :agency and (p.externalRef = :reference or upper(p.justiceId) = :justiceId) "
                        + "order by p.id", Long.class)
                .setParameter("agency", caller.agencyId()).setParameter("reference", given)
                .setParameter("justiceId", given.toUpperCase(Locale.ROOT)).getResultList();
        if (ids.isEmpty()) {
            throw new InvalidInputException("reference", "no case of the agency has this reference or justice id");
        }
        if (ids.size() > 1) {
            throw new InvalidInputException("reference", "the justice id names " + ids.size()
                    + " cases (one per enrolment): give the case's own reference");
        }
        return export(ids.get(0));
    }

    private List<Map<String, Object>> rows(String table, String column, Object value) {
        List<String> columns = columnsOf.get(table);
        @SuppressWarnings("unchecked")
        List<Object> result = em.createNativeQuery("select " + String.join(", ", columns) + " from " + table
                        + " where " + column + " = ?").setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, value).getResultList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object values : result) {
            Object[] cells = columns.size() == 1 ? new Object[] {values} : (Object[]) values;
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The audit events of every record found whose table the trail names (the case, its notes, plans...). */
    private List<Map<String, Object>> auditTrailOf(Map<String, List<Map<String, Object>>> found) {
        List<Map<String, Object>> trail = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, Object>>> table : found.entrySet()) {
            String recordType = AUDITED.get(table.getKey());
            if (recordType == null) {
                continue;
            }
            for (Map<String, Object> record : table.getValue()) {
                if (record.get("id") == null) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                List<Object[]> events = em.createNativeQuery("select at, actor, kind, detail from audit_event "
                                + "where record_type = ? and record_id = ? and agency_id = ? order by at, id")
                        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).setParameter(1, recordType)
                        .setParameter(2, record.get("id").toString()).setParameter(3, access.current().agencyId())
                        .getResultList();
                for (Object[] event : events) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("record", recordType + " " + record.get("id"));
                    row.put("at", event[0]);
                    row.put("actor", event[1]);
                    row.put("kind", event[2]);
                    row.put("detail", event[3]);
                    trail.add(row);
                }
            }
        }
        return trail;
    }

    private String json(long participantId, Map<String, List<Map<String, Object>>> found,
                        List<Map<String, Object>> trail) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject()
                    .write("participantId", participantId)
                    .write("exportedAt", Instant.now(clock).toString())
                    .write("note", "Every row the case management system holds about this case, by table, "
                            + "and the case's audit trail. Codes are explained in the user guide.");
            json.writeStartObject("tables");
            found.forEach((table, rows) -> {
                json.writeStartArray(table);
                rows.forEach(row -> write(json, row));
                json.writeEnd();
            });
            json.writeEnd();
            json.writeStartArray("auditTrail");
            trail.forEach(row -> write(json, row));
            json.writeEnd();
            json.writeEnd();
        }
        return out.toString();
    }

    private static void write(JsonGenerator json, Map<String, Object> row) {
        json.writeStartObject();
        row.forEach((column, value) -> {
            if (value == null) {
                json.writeNull(column);
            } else if (value instanceof Number number && !(value instanceof java.math.BigDecimal)) {
                json.write(column, number.longValue());
            } else if (value instanceof Boolean flag) {
                json.write(column, flag);
            } else if (value instanceof byte[] bytes) {
                json.write(column, "(" + bytes.length + " bytes)");
            } else {
                json.write(column, value.toString());
            }
        });
        json.writeEnd();
    }

    /** Reads the tables' columns and foreign keys from the database's own catalogue. */
    private void schema() {
        if (referencesTo != null) {
            return;
        }
        Map<String, List<Reference>> references = new TreeMap<>();
        Map<String, List<String>> columns = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? "public"
                    : connection.getSchema();
            List<String> tables = new ArrayList<>();
            try (ResultSet table = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (table.next()) {
                    tables.add(table.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            for (String table : tables) {
                List<String> names = new ArrayList<>();
                try (ResultSet column = meta.getColumns(null, schema, table, "%")) {
                    while (column.next()) {
                        names.add(column.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                columns.put(table, names);
                try (ResultSet key = meta.getExportedKeys(null, schema, table)) {
                    while (key.next()) {
                        references.computeIfAbsent(table, t -> new ArrayList<>()).add(new Reference(
                                key.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT),
                                key.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                                key.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the database's catalogue cannot be read", e);
        }
        columnsOf = columns;
        referencesTo = references;
    }
}
