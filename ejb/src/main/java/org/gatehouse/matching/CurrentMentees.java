package org.gatehouse.matching;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.stream.Collectors;
import org.gatehouse.casework.MenteeScope;

/** A mentor's current mentees, for the casework's access rules (see {@link MenteeScope}). */
@Stateless
public class CurrentMentees implements MenteeScope {

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Override
    public Set<Long> currentMenteesOf(long userId) {
        return em.createNamedQuery(Match.CURRENT_OF_ACCOUNT, Match.class).setParameter("account", userId)
                .getResultStream().map(m -> m.getParticipant().getId()).collect(Collectors.toUnmodifiableSet());
    }
}
