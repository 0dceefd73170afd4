package org.gatehouse.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.notes.CaseNotes;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;
import org.gatehouse.security.Role;

/**
 * Compares the node's index with the database, agency by agency (each counted as its own system
 * caller), and says when a rebuild is needed: counts that differ, or an index that was missing or
 * built from another database. For system administrators and the platform's own checks.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoteIndexHealth {

    @Inject
    private NoteIndex index;

    @Inject
    private CaseNotes notes;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private AccessPolicy access;

    public IndexHealth check() {
        Caller caller = access.current();
        if (!caller.isSystem()) {
            access.requireRole("check the search index", Role.SYSTEM_ADMIN);
        }
        List<Agency> all = agencies.agencies();
        long inDatabase = 0;
        List<AgencyCount> database = new ArrayList<>();
        for (Agency agency : all) {
            long count = Callers.runAs(Caller.systemFor(agency.getId(), agency.getCode()), notes::countCurrent);
            database.add(new AgencyCount(agency, count));
            inDatabase += count;
        }
        // counted after the database, so that a note saved meanwhile is more likely in both
        IndexCounts indexed = index.counts(all.stream().map(Agency::getId).toList());
        List<String> gaps = new ArrayList<>();
        for (AgencyCount count : database) {
            int inIndex = indexed.perAgency().getOrDefault(count.agency().getId(), 0);
            if (inIndex != count.notes()) {
                gaps.add(count.agency().getCode() + ": " + count.notes() + " in the database, " + inIndex
                        + " in the index");
            }
        }
        NoteIndex.IndexState state = index.state();
        String reason = state.incompleteBecause() != null ? state.incompleteBecause()
                : !gaps.isEmpty() || indexed.total() != inDatabase
                ? "the index and the database hold different numbers of notes"
                : null;
        return new IndexHealth(indexed.total(), inDatabase, reason != null, reason, gaps, state);
    }

    private record AgencyCount(Agency agency, long notes) {
    }

    /** The result of a check: {@code rebuildNeeded} with its reason, and the agencies that differ. */
    public record IndexHealth(long indexed, long inDatabase, boolean rebuildNeeded, String reason,
                              List<String> differences, NoteIndex.IndexState index) {
    }
}
