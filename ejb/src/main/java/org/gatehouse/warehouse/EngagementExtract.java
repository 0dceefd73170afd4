package org.gatehouse.warehouse;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gatehouse.engagement.Attendance;
import org.gatehouse.engagement.Attendee;
import org.gatehouse.engagement.Engagement;
import org.gatehouse.engagement.Punctuality;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.security.AccessPolicy;

/**
 * Reads the engagements (contacts people logged) of the agency the system works for, as the
 * warehouse keeps them, a page at a time in id order: every one for a full load, else those recorded or signed off since the last
 * load (engagements change in no other way).
 */
@Stateless
public class EngagementExtract {

    /** Contacts people logged; not the traces their records leave (a plan agreed, a checkpoint recorded). */
    static final List<ActivityKind> CONTACTS = Arrays.stream(ActivityKind.values())
            .filter(ActivityKind::isLoggedByHand).toList();

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private AccessPolicy access;

    @Inject
    private Pseudonyms pseudonyms;

    public EngagementPage after(long afterId, int max, Instant changedSince) {
        access.requireSystem("read engagements for the warehouse");
        // read only, many pages in one transaction: no flush before each query
        em.setFlushMode(FlushModeType.COMMIT);
        TypedQuery<Object[]> query = changedSince == null
                ? em.createNamedQuery(Engagement.FACTS_AFTER, Object[].class)
                : em.createNamedQuery(Engagement.CHANGED_FACTS_AFTER, Object[].class).setParameter("since",
                        changedSince);
        List<Object[]> page = query.setParameter("after", afterId).setParameter("kinds", CONTACTS).setMaxResults(max)
                .getResultList();
        if (page.isEmpty()) {
            return new EngagementPage(List.of(), afterId);
        }
        List<Long> ids = page.stream().map(row -> (Long) row[0]).toList();
        Set<Long> withMentor = new HashSet<>(em.createNamedQuery(Engagement.WITH_ATTENDEE, Long.class)
                .setParameter("ids", ids).setParameter("attendee", Attendee.MENTOR).getResultList());
        List<EngagementRow> rows = new ArrayList<>(page.size());
        for (Object[] e : page) {
            long id = (Long) e[0];
            Punctuality punctuality = (Punctuality) e[5];
            rows.add(new EngagementRow(pseudonyms.engagement(id), pseudonyms.participant((Long) e[1]),
                    (LocalDate) e[2], ((ActivityKind) e[3]).name(), ((Attendance) e[4]).name(),
                    punctuality == null ? null : punctuality.name(), (Integer) e[6], withMentor.contains(id),
                    (Boolean) e[7] && e[8] == null));
        }
        return new EngagementPage(rows, ids.get(ids.size() - 1));
    }
}
