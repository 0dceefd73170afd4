package org.gatehouse.privacy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
import org.gatehouse.agency.Agency;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.Participant;
import org.gatehouse.notes.CaseNotes;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.gatehouse.security.RowLevelSecurity;

/**
 * Each agency's retention rule: a closed case's personal data is kept {@link Agency#getRetentionMonths()}
 * months after the case ended, then de-identified ({@link RetentionSweeper}, nightly). De-identified,
 * not deleted: the case stays as a record of work done (its dates, codes, engagements, milestones,
 * checkpoints and appointments, which the service levels and the warehouse's facts are made of, and
 * its audit trail), but nothing on it or around it names or describes the person any more. The
 * warehouse keeps the pseudonymous facts it already holds and never reads the case again.
 */
@Stateless
public class Retention {

    static final String RECORD = "Participant";

    /**
     * What de-identification removes outside the case record itself, table by table, for the case
     * (?): free text about the person and copies of their details. Row-level security binds every
     * statement to the case's agency as well.
     */
    private static final List<String> REMOVALS = List.of(
            // each versioned row's version moves on, so that a form left open cannot save the old text back
            "update plan_goal set goal = 'Removed', version = version + 1 "
                    + "where plan_id in (select id from case_plan where participant_id = ?)",
            "update plan_action set action_text = 'Removed' where goal_id in (select g.id from plan_goal g "
                    + "join case_plan c on c.id = g.plan_id where c.participant_id = ?)",
            "update appointment set place = 'Removed', with_whom = null, version = version + 1 where participant_id = ?",
            "update service_referral set reason = 'Removed', outcome = null, version = version + 1 "
                    + "where participant_id = ?",
            "update match_conflict set note = null where participant_id = ?",
            "update match_no_fit set reason = 'Removed' where participant_id = ?",
            // an ended match must say why (V13): the reason is replaced, not emptied
            "update mentor_match set choice_reason = null, end_reason = case when end_reason is null then null "
                    + "else 'Removed' end, version = version + 1 where participant_id = ?",
            "update match_needs set cultural_background = null, version = version + 1 where participant_id = ?",
            "update pool_placement set reasons = 'Removed' where participant_id = ?",
            "update referral set referrer = 'Removed', justice_id = null, given_name = 'Removed', "
                    + "family_name = 'Removed', prison = 'Removed', decline_reason = null, decision_note = null, "
                    + "date_of_birth = cast(extract(year from date_of_birth) || '-01-01' as date), "
                    + "version = version + 1 where participant_id = ?",
            // a transfer's copy of the person's details, seen by both agencies: replaced by markers of the
            // transfer's own (never the other side's reference); the receiving case keeps its own record
            "update case_transfer set reason = 'Removed', decision_note = null, "
                    + "external_ref = 'REMOVED-T' || cast(id as varchar(20)), "
                    + "justice_id = 'REMOVED-T' || cast(id as varchar(20)), given_name = 'Removed', "
                    + "family_name = 'Removed', prison = 'Removed', "
                    + "date_of_birth = cast(extract(year from date_of_birth) || '-01-01' as date), "
                    + "version = version + 1 where participant_id = ?");

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private RowLevelSecurity database;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private CaseNotes notes;

    @Inject
    private Clock clock;

    /** Changes the caller's agency's rule (its administrator only); audited. */
    public void keepClosedCasesFor(int months) {
        Caller caller = access.requireAgencyRole("change the retention rule", Role.AGENCY_ADMIN);
        Agency agency = agency(caller);
        int before = agency.getRetentionMonths();
        agency.keepClosedCasesFor(months);
        if (before != months) {
            audit.record(AuditKind.UPDATE, agency.getId(), "Agency", agency.getId(),
                    "retention: " + before + " -> " + months + " months after a case ends");
        }
    }

    /** How the rule stands for the caller's agency: its months, cases de-identified so far, and due within 30 days. */
    public RetentionSummary summary() {
        Caller caller = access.requireAgencyRole("see the retention rule", Role.AGENCY_ADMIN);
        Agency agency = agency(caller);
        LocalDate today = LocalDate.now(clock);
        long done = em.createQuery("select count(p) from Participant p where p.agency.id = :agency "
                + "and p.deidentifiedOn is not null", Long.class).setParameter("agency", agency.getId()).getSingleResult();
        long soon = em.createQuery("select count(p) from Participant p where p.agency.id = :agency "
                        + "and p.deidentifiedOn is null and p.exitDate <= :cutoff", Long.class)
                .setParameter("agency", agency.getId())
                .setParameter("cutoff", agency.closedCasesDueOn(today.plusDays(30))).getSingleResult();
        return new RetentionSummary(agency.getRetentionMonths(), done, soon);
    }

    /** For the sweep, as the agency's system: the cases whose time has come, oldest first. */
    public List<Long> due() {
        Caller caller = access.requireSystem("find the cases due for de-identification");
        Agency agency = agency(caller);
        return em.createQuery("select p.id from Participant p where p.agency.id = :agency and p.deidentifiedOn is null "
                        + "and p.exitDate <= :cutoff order by p.exitDate, p.id", Long.class)
                .setParameter("agency", agency.getId())
                .setParameter("cutoff", agency.closedCasesDueOn(LocalDate.now(clock))).getResultList();
    }

    /**
     * For the sweep, as the agency's system: de-identifies one case whose time has come (in its own
     * transaction); a case not yet due, open, or already done is left as it is. Audited, without
     * anything about the person.
     *
     * @return whether the case was de-identified now
     */
    public boolean deIdentify(long participantId) {
        Caller caller = access.requireSystem("de-identify a case");
        Agency agency = agency(caller);
        Participant participant = em.find(Participant.class, participantId);
        if (participant == null || !participant.getAgency().getId().equals(agency.getId())) {
            throw new NotFoundException("participant " + participantId);
        }
        LocalDate today = LocalDate.now(clock);
        if (participant.getDeidentifiedOn() != null || participant.getExitDate() == null
                || participant.getExitDate().isAfter(agency.closedCasesDueOn(today))) {
            return false;
        }
        Instant now = Instant.now(clock);
        String oldReference = participant.getExternalRef();
        List<Long> referrals = em.createQuery("select r.id from Referral r where r.participant.id = :participant",
                Long.class).setParameter("participant", participantId).getResultList();
        participant.deIdentify(today, now);
        em.flush();
        int withdrawnNotes = notes.removeAllOf(participantId, now);
        for (String removal : REMOVALS) {
            sql(removal).setParameter(1, participantId).executeUpdate();
        }
        sql("update import_line set external_ref = ? where external_ref = ? "
                        + "and run_id in (select id from import_run where agency_id = ?)")
                .setParameter(1, participant.getExternalRef()).setParameter(2, oldReference)
                .setParameter(3, agency.getId()).executeUpdate();
        scrubAudit(RECORD, Long.toString(participantId));
        for (Long referral : referrals) {
            scrubAudit("Referral", Long.toString(referral));
        }
        audit.record(AuditKind.DEIDENTIFY, agency.getId(), RECORD, participantId, "case ended "
                + participant.getExitDate() + "; kept " + agency.getRetentionMonths() + " months; " + withdrawnNotes
                + " notes removed");
        return true;
    }

    /**
     * The details of the record's earlier audit events replaced (they quote field values): through
     * V56's function on PostgreSQL, where the application may otherwise only add to the trail.
     */
    private void scrubAudit(String recordType, String recordId) {
        if (database.isPostgres()) {
            sql("select scrub_audit_detail(?, ?)").setParameter(1, recordType)
                    .setParameter(2, recordId).getSingleResult();
        } else {
            sql("update audit_event set detail = '(removed under the retention rule)' "
                            + "where record_type = ? and record_id = ? and detail is not null")
                    .setParameter(1, recordType).setParameter(2, recordId).executeUpdate();
        }
    }

    /** Native SQL, which EclipseLink runs beside multitenant entities only when told to. */
    private Query sql(String statement) {
        return em.createNativeQuery(statement).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    }

    private Agency agency(Caller caller) {
        return em.find(Agency.class, caller.agencyId());
    }
}
