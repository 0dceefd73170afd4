package org.gatehouse.csv;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads the records of an RFC 4180 CSV file (comma, double-quote quoting, CRLF or LF line ends).
 * It works on bytes and decodes each field as strict UTF-8 on its own, so that one record with a
 * bad byte or bad quoting is reported with its line number while every other record still reads.
 * Empty lines are skipped; a leading UTF-8 byte order mark is ignored.
 */
public final class CsvRecords implements Iterator<CsvRecord> {

    private static final byte QUOTE = '"';
    private static final byte COMMA = ',';
    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private enum State { FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE }

    private final byte[] data;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int pos;
    private long line = 1;

    public CsvRecords(byte[] data) {
        this.data = data;
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
    }

    @Override
    public boolean hasNext() {
        while (pos < data.length && (data[pos] == LF || data[pos] == CR)) {
            consumeLineEnd(data[pos++]);
        }
        return pos < data.length;
    }

    @Override
    public CsvRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        long startLine = line;
        List<String> fields = new ArrayList<>();
        ByteArrayOutputStream field = new ByteArrayOutputStream();
        String problem = null;
        boolean badEncoding = false;
        State state = State.FIELD_START;
        while (pos < data.length) {
            byte b = data[pos++];
            if (state == State.QUOTED) {
                if (b == QUOTE) {
                    if (pos < data.length && data[pos] == QUOTE) {
                        field.write(QUOTE);
                        pos++;
                    } else {
                        state = State.AFTER_QUOTE;
                    }
                } else {
                    if (b == LF || (b == CR && (pos >= data.length || data[pos] != LF))) {
                        line++;
                    }
                    field.write(b);
                }
                continue;
            }
            if (b == COMMA || b == LF || b == CR) {
                badEncoding |= !add(fields, field);
                state = State.FIELD_START;
                if (b != COMMA) {
                    consumeLineEnd(b);
                    return record(startLine, fields, problem, badEncoding);
                }
                continue;
            }
            switch (state) {
                case FIELD_START -> {
                    if (b == QUOTE) {
                        state = State.QUOTED;
                    } else {
                        field.write(b);
                        state = State.UNQUOTED;
                    }
                }
                case UNQUOTED -> {
                    if (b == QUOTE && problem == null) {
                        problem = "a double quote inside a field that does not start with one";
                    }
                    field.write(b);
                }
                case AFTER_QUOTE -> {
                    if (problem == null) {
                        problem = "text after the closing quote of a field";
                    }
                    field.write(b);
                }
                default -> throw new IllegalStateException(state.name());
            }
        }
        if (state == State.QUOTED) {
            problem = "a quoted field is not closed before the end of the file";
        }
        badEncoding |= !add(fields, field);
        return record(startLine, fields, problem, badEncoding);
    }

    private void consumeLineEnd(byte b) {
        if (b == CR && pos < data.length && data[pos] == LF) {
            pos++;
        }
        line++;
    }

    private static CsvRecord record(long line, List<String> fields, String problem, boolean badEncoding) {
        if (problem == null && badEncoding) {
            problem = "the line is not valid UTF-8 (save the file as CSV UTF-8)";
        }
        return new CsvRecord(line, List.copyOf(fields), problem);
    }

    /** Adds the field decoded; false if its bytes are not UTF-8 (the field is kept with replacements). */
    private boolean add(List<String> fields, ByteArrayOutputStream field) {
        byte[] bytes = field.toByteArray();
        field.reset();
        try {
            fields.add(utf8.decode(ByteBuffer.wrap(bytes)).toString());
            return true;
        } catch (CharacterCodingException e) {
            fields.add(new String(bytes, StandardCharsets.UTF_8));
            return false;
        }
    }
}
