package org.gatehouse;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bad input for the property tests at every door: texts, JSON values, bodies and files drawn from
 * a seeded random, so that a failure names its seed and runs again the same with
 * {@code -Dfuzz.seed=...}. What it draws is what people and other systems really send: empty and
 * huge fields, every kind of Unicode, markup and script, spreadsheet formulas, numbers too big for
 * any column, dates that do not exist, broken and nested-to-death JSON, Latin-1 where UTF-8 is due.
 */
public final class Fuzz {

    /** Script a screen must show as text, never run: stored XSS if it reaches a page unescaped. */
    public static final List<String> SCRIPTS = List.of("<script>alert('gh')</script>",
            "\"><img src=x onerror=alert('gh')>", "<svg onload=alert('gh')>", "javascript:alert('gh')",
            "</textarea><script>alert('gh')</script>", "'><iframe src=javascript:alert('gh')>");

    /** Cells a spreadsheet would run as a formula if an export wrote them as they are. */
    public static final List<String> FORMULAS = List.of("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\",\"y\")",
            "+SUM(1,2)", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A2)", "\t=1+1", "\r=1+1");

    private static final List<String> ODD = List.of("", " ", "  \t\r\n ", "null", "NULL", "undefined", "0", "-1",
            "1e309", "-0", "9223372036854775808", "99999999999999999999999999", "NaN", "Infinity", "2026-02-30",
            "0000-00-00", "1990-05-01T00:00:00Z", "31/12/2026", "25:61:00", "'; drop table participant; --",
            "' or '1'='1", "%s%n%x%n", "${jndi:ldap://127.0.0.1/a}", "#{1+1}", "{{7*7}}", "../../../../etc/passwd",
            "\u0000", "a\u0000b", "\uFEFFbom", "\u202Eevil", "Zoë O'Brien-Ñúñez", "👩‍👩‍👧 🏳️‍🌈", "漢字かなカナ",
            "مرحبا", "\u00A0\u2028\u2029", "a\\b\"c", "NFA;SUBSTANCE", "REINT", "NORTH", "F");

    private final long seed;
    private final Random random;

    public Fuzz() {
        this(Long.getLong("fuzz.seed", System.nanoTime()));
    }

    public Fuzz(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** What a failure reports, to replay it. */
    public long seed() {
        return seed;
    }

    public int below(int bound) {
        return random.nextInt(bound);
    }

    public boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    public <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A text as a person, a form or another system might send it. */
    public String text() {
        return switch (random.nextInt(8)) {
            case 0 -> oneOf(SCRIPTS);
            case 1 -> oneOf(FORMULAS);
            case 2 -> huge();
            case 3 -> unicode(1 + random.nextInt(40));
            default -> oneOf(ODD);
        };
    }

    /** A long field: mostly over any column's length, now and then over a megabyte. */
    public String huge() {
        int length = chance(10) ? 1_100_000 : 256 + random.nextInt(20_000);
        return (chance(50) ? "x" : "é😀").repeat(length / 2 + 1);
    }

    /** Random code points of every plane, controls and unpaired surrogates included. */
    public String unicode(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int codePoint = switch (random.nextInt(5)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x60);
                case 2 -> 0xD800 + random.nextInt(0x800); // a lone surrogate
                case 3 -> 0x1F300 + random.nextInt(0x300);
                default -> random.nextInt(0x10FFFF);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    /** Any JSON value: a text, a number out of range, a boolean, null, an array or an object. */
    public JsonValue value() {
        return switch (random.nextInt(9)) {
            case 0 -> Json.createValue(oneOf(List.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 2147483648L)));
            case 1 -> Json.createValue(oneOf(List.of(new BigDecimal("1e400"), new BigDecimal("-0.000001"),
                    new BigDecimal("12345678901234567890.5"), new BigDecimal("3.5"))));
            case 2 -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            case 3 -> JsonValue.NULL;
            case 4 -> Json.createArrayBuilder().add(text()).add(1).addNull().build();
            case 5 -> Json.createObjectBuilder().add("x", text()).build();
            default -> Json.createValue(text());
        };
    }

    /**
     * A request body made from a valid example: a field changed, dropped or added, every field
     * changed, or the JSON itself broken (cut short, garbled, wrong at the top, nested deep, empty).
     */
    public byte[] body(JsonObject example) {
        List<String> names = new ArrayList<>(example.keySet());
        // an example without fields (a body the operation ignores) gets only the broken kinds
        String json = switch (names.isEmpty() ? 7 + random.nextInt(5) : random.nextInt(12)) {
            case 0, 1, 2, 3 -> {
                JsonObjectBuilder changed = Json.createObjectBuilder(example);
                changed.add(oneOf(names), value());
                yield changed.build().toString();
            }
            case 4 -> {
                JsonObjectBuilder dropped = Json.createObjectBuilder(example);
                dropped.remove(oneOf(names));
                yield dropped.build().toString();
            }
            case 5 -> Json.createObjectBuilder(example).add("unknown" + below(1000), value()).build().toString();
            case 6 -> {
                JsonObjectBuilder all = Json.createObjectBuilder();
                names.forEach(name -> all.add(name, value()));
                yield all.build().toString();
            }
            case 7 -> {
                String whole = example.toString();
                yield whole.substring(0, random.nextInt(whole.length() + 1));
            }
            case 8 -> garble(example.toString());
            case 9 -> oneOf(List.of("[]", "\"text\"", "42", "null", "true", "", "{", "}", "{}", "[{}]",
                    "{\"a\":1,\"a\":2}", "<xml/>"));
            case 10 -> {
                int depth = chance(50) ? 200 : 50_000;
                yield "[".repeat(depth) + "]".repeat(depth);
            }
            default -> {
                JsonArrayBuilder many = Json.createArrayBuilder();
                for (int i = 0; i < 1000; i++) {
                    many.add(example);
                }
                yield many.build().toString();
            }
        };
        // now and then the same text in Latin-1: not UTF-8 wherever it holds more than ASCII
        return (chance(10) ? json.getBytes(StandardCharsets.ISO_8859_1) : json.getBytes(StandardCharsets.UTF_8));
    }

    /** The text with a few characters replaced by random ones. */
    private String garble(String text) {
        StringBuilder garbled = new StringBuilder(text);
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            garbled.setCharAt(random.nextInt(garbled.length()), (char) (random.nextInt(0x7F - 0x20) + 0x20));
        }
        return garbled.toString();
    }

    /** A path segment (percent-encoded) that should name a record: mostly not a number, or no record. */
    public String pathId() {
        return oneOf(List.of("0", "-1", "abc", "9223372036854775808", "99999999999999999999", "1e3", "1.5", "%00",
                "%2e%2e%2f", "%E9", "%27%20or%201%3D1", "%3Cscript%3E", "x".repeat(3000), "12345678901", "%F0%9F%98%80"));
    }

    /** A value for a query parameter: the odd texts, a script, a formula, a long one. */
    public String queryValue() {
        return switch (random.nextInt(4)) {
            case 0 -> oneOf(SCRIPTS);
            case 1 -> "x".repeat(1 + random.nextInt(5000));
            default -> oneOf(ODD);
        };
    }
}
