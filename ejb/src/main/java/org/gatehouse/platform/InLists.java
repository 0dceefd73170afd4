package org.gatehouse.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Queries with an {@code IN} list of ids, run in chunks: databases cap the parameters of one statement. */
public final class InLists {

    /** Ids per IN list: one query per this many, for the database's and the driver's sake. */
    public static final int CHUNK = 1000;

    private InLists() {
    }

    /** Every row the query finds for any of the ids, chunk after chunk (no query for no ids). */
    public static <T> List<T> query(Collection<Long> ids, Function<List<Long>, List<T>> queryOfChunk) {
        List<Long> all = List.copyOf(ids);
        List<T> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(queryOfChunk.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return found;
    }
}
