package org.gatehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceLevelDefinitionTest {

    @Test
    void theReferralLeadTimeIsTheOneMeanAndEveryOtherLevelARate() {
        assertThat(ServiceLevelDefinition.all()).hasSize(18);
        assertThat(ServiceLevelDefinition.all()).filteredOn(ServiceLevelDefinition::mean)
                .extracting(ServiceLevelDefinition::code).containsExactly("REFERRAL_LEAD_DAYS");
    }
}
