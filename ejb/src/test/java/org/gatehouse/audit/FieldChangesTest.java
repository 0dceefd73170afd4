package org.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldChangesTest {

    record Sample(String name, Integer age, String note) {
    }

    @Test
    void listsOnlyTheFieldsThatDiffer() {
        assertThat(FieldChanges.between(new Sample("Amy", 30, null), new Sample("Amy", 31, "moved")))
                .isEqualTo("age: 30 -> 31; note: (none) -> moved");
        assertThat(FieldChanges.between(new Sample("Amy", 30, null), new Sample("Amy", 30, null))).isEmpty();
    }
}
