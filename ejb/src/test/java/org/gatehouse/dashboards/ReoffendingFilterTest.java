package org.gatehouse.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import org.gatehouse.platform.Violation;
import org.junit.jupiter.api.Test;

class ReoffendingFilterTest {

    @Test
    void aFilterFromALinkIsCheckedFieldByField() {
        assertThat(new ReoffendingFilter(" 2025-Q1 ", "", "NRM", "REINT", "NORTH", "F", "ABORIGINAL", "NFA")
                .violations()).isEmpty();
        assertThat(ReoffendingFilter.none().violations()).isEmpty();

        assertThat(new ReoffendingFilter("2025-Q5", "25-Q1", "nrm;drop", "REINT", "NORTH", "female", "YES", "NFA")
                .violations()).extracting(Violation::field)
                .containsExactly("cohortFrom", "cohortTo", "agency", "gender", "indigenousStatus");
        assertThat(new ReoffendingFilter("2025-Q3", "2025-Q2", null, null, null, null, null, "SOMETHING").violations())
                .extracting(Violation::toString).containsExactly(
                        "cohortTo: must not be before the first cohort (2025-Q3)",
                        "vulnerability: must be one of " + String.join(", ", java.util.Arrays.stream(
                                org.gatehouse.casework.Vulnerability.values()).map(Enum::name).toList()));
    }

    @Test
    void blanksAreNoFilterAndAnAgencysViewIsTheSameFilterForItsAgency() {
        ReoffendingFilter filter = new ReoffendingFilter(" ", null, "", null, null, null, null, null);
        assertThat(filter).isEqualTo(ReoffendingFilter.none());
        assertThat(filter.forAgency("NRM").agency()).isEqualTo("NRM");
    }
}
