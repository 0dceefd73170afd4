package org.gatehouse.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesWhatNeedsQuotingAndLeavesEmptyCellsEmpty() {
        String csv = new String(new CsvWriter().row("a", null, "b,c", "say \"hi\"", "two\nlines", 42).toBytes(),
                StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("a,,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",42\r\n");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
        String csv = new String(new CsvWriter().row("=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", -3).toBytes(),
                StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("'=cmd|' /C calc'!A0,'+1,'-2,'@SUM(A1),-3\r\n");
    }

    @Test
    void writesUtf8() {
        assertThat(new CsvWriter().row("Zoë").toBytes()).isEqualTo("Zoë\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
