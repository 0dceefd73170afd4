package org.gatehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StarMergeTest {

    @Test
    void aMergeInsertsNewRowsAndUpdatesOnlyRowsThatDiffer() {
        StarMerge merge = new StarMerge("dim_region", "stage_region", List.of("region_key"),
                List.of("agency_key", "name"));

        assertThat(merge.merge()).isEqualTo("merge into warehouse.dim_region d using (select region_key, agency_key, "
                + "name from warehouse.stage_region where load_id = ?) s on (d.region_key = s.region_key) "
                + "when matched and (d.agency_key is distinct from s.agency_key or d.name is distinct from s.name) "
                + "then update set agency_key = s.agency_key, name = s.name "
                + "when not matched then insert (region_key, agency_key, name) values (s.region_key, s.agency_key, "
                + "s.name)");
    }

    @Test
    void aKeyOnlyTableIsOnlyAddedToAndRowsGoneFromItsEpisodesAreDeleted() {
        StarMerge bridge = new StarMerge("bridge_participant_vulnerability", "stage_vulnerability",
                List.of("participant_key", "vulnerability_key"), List.of());

        assertThat(bridge.merge()).doesNotContain("when matched");
        assertThat(bridge.deleteGone("stage_episode")).isEqualTo("delete from warehouse.bridge_participant_vulnerability "
                + "d where exists (select 1 from warehouse.stage_episode e where e.load_id = ? and "
                + "e.participant_key = d.participant_key) and not exists (select 1 from warehouse.stage_vulnerability "
                + "s where s.load_id = ? and s.participant_key = d.participant_key and s.vulnerability_key = "
                + "d.vulnerability_key)");
    }

    @Test
    void anEmptyTableIsFilledByAPlainInsertOfTheStagedRows() {
        StarMerge engagements = new StarMerge("fact_engagement", "stage_engagement", List.of("engagement_key"),
                List.of("participant_key", "kind"));

        assertThat(engagements.anyRow()).isEqualTo("select case when exists (select 1 from warehouse.fact_engagement) "
                + "then 1 else 0 end");
        assertThat(engagements.insertAll()).isEqualTo("insert into warehouse.fact_engagement (engagement_key, "
                + "participant_key, kind) select engagement_key, participant_key, kind from warehouse.stage_engagement "
                + "where load_id = ?");
    }
}
