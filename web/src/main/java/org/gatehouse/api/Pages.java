package org.gatehouse.api;

import java.util.List;
import java.util.function.Function;
import org.gatehouse.platform.InvalidInputException;

/** The API's pages: {@code first} (0 is the first item) and {@code max} items, at most {@value #MOST}. */
public final class Pages {

    public static final int MOST = 200;

    private Pages() {
    }

    /** Refuses, by field, a page outside the limits. */
    public static void check(int first, int max) {
        if (first < 0) {
            throw new InvalidInputException("first", "must be 0 or more");
        }
        if (max < 1 || max > MOST) {
            throw new InvalidInputException("max", "must be 1-" + MOST);
        }
    }

    /** The page of a list read whole (a case's records: hundreds at most), each item as the API shows it. */
    public static <T, J> List<J> of(List<T> all, int first, int max, Function<T, J> shown) {
        check(first, max);
        return all.stream().skip(first).limit(max).map(shown).toList();
    }
}
