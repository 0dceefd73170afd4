package org.gatehouse.dashboards;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gatehouse.warehouse.ServiceLevelDefinition;

/**
 * The two commissioners' tables that count people released, suppressed together: the reoffending
 * cohorts (members per quarter, {@link ReoffendingTable}) and the service levels counted by release
 * month ({@link ServiceLevelDashboard}: their denominators per quarter and month). A quarter's
 * members in an agency, program or region nearly equal the episodes released there in its months,
 * so a count one table withholds, the other would show nearly as it is. Hence: members the cohort
 * table withholds are withheld as that quarter's denominator of every level counted by release; a
 * quarter's denominator of a level counting every release that the service-level table withholds is
 * withheld as members; and the levels counted by release, whose denominators are mostly the same
 * counts, withhold each denominator (month or quarter) where any of them does. Both tables are
 * suppressed again until nothing is added (each round only adds counts to withhold, so it ends).
 */
record ReleaseTables(PublishedTable reoffending, PublishedTable serviceLevels) {

    static final String NAME = "releases";

    /** Both tables as of the warehouse now. */
    static ReleaseTables read(Connection db, int threshold) throws SQLException {
        return suppressTogether(ReoffendingTable.builder(db), ServiceLevelDashboard.builder(db), threshold);
    }

    /** Suppresses the cohorts' and the service levels' cells until the counts of released people agree. */
    static ReleaseTables suppressTogether(PublishedTable.Builder cohorts, PublishedTable.Builder levels,
                                          int threshold) {
        List<ServiceLevelDefinition> byRelease = ServiceLevelDefinition.all().stream()
                .filter(l -> l.released() != ServiceLevelDefinition.Released.NONE).toList();
        Set<Suppression.Withheld> members = new HashSet<>();
        Set<Suppression.Withheld> denominators = new HashSet<>();
        while (true) {
            PublishedTable reoffending = cohorts.build(threshold, ReoffendingTable.IDENTITIES, members);
            PublishedTable serviceLevels = levels.build(threshold, List.of(), denominators);
            boolean more = false;
            for (Suppression.Suppressed cell : reoffending.cells()) {
                List<String> places = places(cell.key());
                if (places != null && cell.count("members") == null) {
                    for (ServiceLevelDefinition level : byRelease) {
                        more |= denominators.add(new Suppression.Withheld(quarterCell(level, cell.key().get(0),
                                places), "denominator"));
                    }
                }
            }
            for (Suppression.Suppressed cell : serviceLevels.cells()) {
                List<String> key = cell.key();
                ServiceLevelDefinition.Released released = byRelease.stream().filter(l -> l.code().equals(key.get(0)))
                        .map(ServiceLevelDefinition::released).findFirst().orElse(ServiceLevelDefinition.Released.NONE);
                if (released == ServiceLevelDefinition.Released.NONE || cell.count("denominator") != null) {
                    continue;
                }
                // the levels counted by release share most denominators (all of them once their weeks are
                // over): each withholds where any does, or one would show what another withholds
                for (ServiceLevelDefinition level : byRelease) {
                    List<String> same = new ArrayList<>(key);
                    same.set(0, level.code());
                    more |= denominators.add(new Suppression.Withheld(same, "denominator"));
                }
                if (released == ServiceLevelDefinition.Released.EVERY && Suppression.ALL.equals(key.get(2))) {
                    more |= members.add(new Suppression.Withheld(cohortCell(key.get(1), key.subList(3, key.size())),
                            "members"));
                }
            }
            if (!more) {
                return new ReleaseTables(reoffending, serviceLevels);
            }
        }
    }

    /**
     * A cohort cell's agency, program and region (in {@link ServiceLevelDashboard#DIMENSIONS}' order),
     * or null where it sets a dimension the service levels do not have.
     */
    private static List<String> places(List<String> cohortKey) {
        String[] places = new String[ServiceLevelDashboard.DIMENSIONS.size()];
        for (int i = 0; i < ReoffendingTable.DIMENSIONS.size(); i++) {
            String value = cohortKey.get(1 + i);
            int place = ServiceLevelDashboard.DIMENSIONS.indexOf(ReoffendingTable.DIMENSIONS.get(i));
            if (place >= 0) {
                places[place] = value;
            } else if (!Suppression.ALL.equals(value)) {
                return null;
            }
        }
        return List.of(places);
    }

    private static List<String> quarterCell(ServiceLevelDefinition level, String quarter, List<String> places) {
        List<String> key = new ArrayList<>(List.of(level.code(), quarter, Suppression.ALL));
        key.addAll(places);
        return key;
    }

    private static List<String> cohortCell(String quarter, List<String> places) {
        List<String> key = new ArrayList<>(List.of(quarter));
        for (String dimension : ReoffendingTable.DIMENSIONS) {
            int place = ServiceLevelDashboard.DIMENSIONS.indexOf(dimension);
            key.add(place < 0 ? Suppression.ALL : places.get(place));
        }
        return key;
    }
}
