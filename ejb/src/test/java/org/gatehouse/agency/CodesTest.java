package org.gatehouse.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gatehouse.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void codesAreUpperCaseAndNeverTheTotalsNames() {
        assertThat(Codes.isValid("NRM")).isTrue();
        assertThat(Codes.isValid("REINT-2_A")).isTrue();
        assertThat(Codes.isValid("nrm")).isFalse();
        assertThat(Codes.isValid("-X")).isFalse();
        assertThat(Codes.isValid("A".repeat(33))).isFalse();
        // a dashboard's total row and its "not set" group are ALL and NONE: no agency, program or region may be
        assertThat(Codes.isValid("ALL")).isFalse();
        assertThat(Codes.isValid("NONE")).isFalse();
        assertThat(Codes.isValid("ALLIANCE")).isTrue();
        assertThatThrownBy(() -> Codes.require("ALL", "code")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not ALL or NONE");
    }
}
