package org.gatehouse.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.gatehouse.casework.MenteeScope;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.notes.Sensitivity;
import org.gatehouse.operations.Metrics;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;

/**
 * Searches case notes with the access rules inside the query: the caller's agency, a mentor's
 * current mentees, restricted cases the caller may not reach left out, and only sensitivities the
 * caller may read (or their own notes). Hits, counts and facets therefore never include a note the
 * caller could not open. Opening a hit goes through the case page, which audits the read.
 */
@Stateless
public class NoteSearch {

    @Inject
    private NoteIndex index;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private MenteeScope mentees;

    @Inject
    private AccessPolicy access;

    @Inject
    private Clock clock;

    @Inject
    private Metrics metrics;

    public NoteResults search(NoteQuery request) {
        Caller caller = access.requireAgencyRole("search case notes", AccessPolicy.CASE_STAFF);
        if (request.page() < 0 || request.casesPerPage() < 1 || request.casesPerPage() > NoteQuery.MAX_CASES_PER_PAGE) {
            throw new InvalidInputException("page", "pages hold 1-" + NoteQuery.MAX_CASES_PER_PAGE
                    + " cases and start at 0");
        }
        if ((long) (request.page() + 1) * request.casesPerPage() > NoteQuery.MAX_CASES_SHOWN) {
            throw new InvalidInputException("page", "goes beyond the first " + NoteQuery.MAX_CASES_SHOWN
                    + " cases: narrow the search");
        }
        long start = System.nanoTime();
        NoteAccess allowed = accessOf(caller);
        NoteResults results = index.search(searcher -> NoteSearcher.search(searcher, request, allowed,
                clock.getZone()));
        metrics.search(System.nanoTime() - start);
        return results;
    }

    /** What the caller may open, read afresh for each search (a new restriction holds at once). */
    private NoteAccess accessOf(Caller caller) {
        Set<Long> onlyCases = !caller.isSystem() && !caller.hasAny(AccessPolicy.CASE_EDITORS)
                ? mentees.currentMenteesOf(caller.userId()) : null;
        List<String> readable = Arrays.stream(Sensitivity.values()).filter(s -> s.readableBy(caller))
                .map(Sensitivity::name).toList();
        return new NoteAccess(caller.agencyId(), onlyCases, registry.restrictedFromCaller(), readable,
                caller.username());
    }
}
