package org.gatehouse.warehouse;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The set-based statements that move one load's staging rows into a warehouse table, in SQL that
 * H2 and PostgreSQL (15+) both run. A row whose values are all the same is left untouched, so a
 * load that finds nothing new changes nothing.
 */
final class StarMerge {

    private final String target;
    private final String stage;
    private final List<String> keys;
    private final List<String> values;

    StarMerge(String target, String stage, List<String> keys, List<String> values) {
        this.target = "warehouse." + target;
        this.stage = "warehouse." + stage;
        this.keys = List.copyOf(keys);
        this.values = List.copyOf(values);
    }

    /** Inserts the new rows and updates the changed ones; one parameter: the load id. */
    String merge() {
        String all = Stream.concat(keys.stream(), values.stream()).collect(Collectors.joining(", "));
        String matched = values.isEmpty() ? "" : " when matched and ("
                + values.stream().map(v -> "d." + v + " is distinct from s." + v).collect(Collectors.joining(" or "))
                + ") then update set " + values.stream().map(v -> v + " = s." + v).collect(Collectors.joining(", "));
        return "merge into " + target + " d using (select " + all + " from " + stage + " where load_id = ?) s on ("
                + keys.stream().map(k -> "d." + k + " = s." + k).collect(Collectors.joining(" and ")) + ")"
                + matched + " when not matched then insert (" + all + ") values ("
                + Stream.concat(keys.stream(), values.stream()).map(c -> "s." + c).collect(Collectors.joining(", "))
                + ")";
    }

    /** Inserts every staged row: into an empty table (a first load) it is what merge does, much faster. */
    String insertAll() {
        String all = Stream.concat(keys.stream(), values.stream()).collect(Collectors.joining(", "));
        return "insert into " + target + " (" + all + ") select " + all + " from " + stage + " where load_id = ?";
    }

    /** Whether the target table has any row; no parameters. */
    String anyRow() {
        return "select case when exists (select 1 from " + target + ") then 1 else 0 end";
    }

    /**
     * Deletes the rows of the staged episodes that the load no longer has (a milestone gone with a
     * program change); parameters: the load id twice. The first key is the episode's.
     */
    String deleteGone(String episodeStage) {
        String episode = keys.get(0);
        return "delete from " + target + " d where exists (select 1 from warehouse." + episodeStage
                + " e where e.load_id = ? and e." + episode + " = d." + episode + ") and not exists (select 1 from "
                + stage + " s where s.load_id = ? and "
                + keys.stream().map(k -> "s." + k + " = d." + k).collect(Collectors.joining(" and ")) + ")";
    }
}
