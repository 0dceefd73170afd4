package org.gatehouse.casework;

import java.util.Set;

/**
 * Which participants a mentor may reach: their current mentees. Casework asks; matching, which
 * knows the matches, answers (so that casework does not depend on matching).
 */
public interface MenteeScope {

    /** The participants currently matched with the mentor who signs in as this user. */
    Set<Long> currentMenteesOf(long userId);
}
