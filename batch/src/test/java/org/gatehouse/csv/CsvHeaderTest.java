package org.gatehouse.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvHeaderTest {

    private static final Set<String> REQUIRED = Set.of("id", "name");
    private static final Set<String> OPTIONAL = Set.of("note");

    private static CsvHeader header(String... columns) {
        return CsvHeader.of(new CsvRecord(1, List.of(columns), null), REQUIRED, OPTIONAL);
    }

    @Test
    void columnOrderIsFreeAndNamesIgnoreCaseAndBlanks() {
        CsvHeader header = header(" Name", "ID ", "note");
        assertThat(header.isValid()).isTrue();
        assertThat(header.values(new CsvRecord(2, List.of("Amy", "7", ""), null)))
                .containsEntry("name", "Amy").containsEntry("id", "7").containsEntry("note", "");
    }

    @Test
    void refusesMissingUnknownAndRepeatedColumns() {
        CsvHeader header = header("id", "colour", "note", "note");
        assertThat(header.isValid()).isFalse();
        assertThat(header.problem()).contains("lacks required column(s): name")
                .contains("unknown column(s): colour").contains("repeats column(s): note");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRefused() {
        CsvHeader header = header("id", "name");
        assertThatThrownBy(() -> header.values(new CsvRecord(2, List.of("1"), null)))
                .hasMessage("the row has 1 field(s); the header has 2");
    }
}
