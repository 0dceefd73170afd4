package org.gatehouse.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private static List<CsvRecord> read(byte[] data) {
        List<CsvRecord> records = new ArrayList<>();
        new CsvRecords(data).forEachRemaining(records::add);
        return records;
    }

    private static List<CsvRecord> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsFieldsWithQuotesCommasAndLineBreaksInside() {
        List<CsvRecord> records = read("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\r\n3,z,last");
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 5L);
        assertThat(records.get(1).fields()).containsExactly("1", "x, y", "say \"hi\"");
        assertThat(records.get(2).fields()).containsExactly("2", "two\nlines", "");
        assertThat(records.get(3).fields()).containsExactly("3", "z", "last");
        assertThat(records).allMatch(CsvRecord::isReadable);
    }

    @Test
    void acceptsLfLineEndsSkipsBlankLinesAndIgnoresAByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(bom);
        data.writeBytes("h1,h2\n\nv1,v2\n\n".getBytes(StandardCharsets.UTF_8));
        List<CsvRecord> records = read(data.toByteArray());
        assertThat(records).extracting(CsvRecord::fields).containsExactly(List.of("h1", "h2"), List.of("v1", "v2"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 3L);
    }

    @Test
    void reportsBadBytesOnTheirOwnLineOnly() {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes("a,b\r\nRen".getBytes(StandardCharsets.UTF_8));
        data.write(0xE9);
        data.writeBytes(",x\r\nok,y\r\n".getBytes(StandardCharsets.UTF_8));
        List<CsvRecord> records = read(data.toByteArray());
        assertThat(records.get(1).problem()).contains("not valid UTF-8");
        assertThat(records.get(2).isReadable()).isTrue();
        assertThat(records.get(2).fields()).containsExactly("ok", "y");
    }

    @Test
    void reportsBadQuotingAndAnUnclosedQuote() {
        List<CsvRecord> records = read("a,b\r\nx\"y,z\r\n\"q\"r,s\r\n\"open,t");
        assertThat(records.get(1).problem()).contains("double quote inside a field");
        assertThat(records.get(2).problem()).contains("after the closing quote");
        assertThat(records.get(3).problem()).contains("not closed");
    }

    @Test
    void anEmptyFileHasNoRecords() {
        assertThat(read(new byte[0])).isEmpty();
        assertThat(read("\r\n\r\n")).isEmpty();
    }
}
