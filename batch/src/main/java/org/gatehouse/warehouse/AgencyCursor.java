package org.gatehouse.warehouse;

import java.io.Serializable;

/**
 * Where a reader going agency by agency is: the agency (by id, so an agency added meanwhile moves
 * no one's place) and the last record id of it read.
 */
record AgencyCursor(long agencyId, long afterId) implements Serializable {

    AgencyCursor after(long id) {
        return new AgencyCursor(agencyId, id);
    }
}
