package org.gatehouse.warehouse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gatehouse.casework.CustodyReturnKind;
import org.gatehouse.reoffending.ReoffendingEventType;

/**
 * The reoffending measures of FORMATS.md §3, exactly: cohorts by release quarter (a person counted
 * once per agency and program, at their first release in the quarter), the one-year proven
 * reoffending measure with its six-month waiting period, frequency, days to the first reoffence,
 * return to custody at 12 and 24 months, each over the members measurable for it, 95% Wilson
 * intervals; one row per (cohort, agency, program) and the totals with {@code ALL}, whose counts add
 * up from their rows. Unsuppressed: the commissioners' view suppresses when it reads.
 */
public final class ReoffendingMeasures {

    public static final String ALL = "ALL";
    static final int YEAR_DAYS = 365;
    static final int WAITING_DAYS = 182;
    static final int TWO_YEARS_DAYS = 730;
    /** The 97.5% point of the standard normal distribution, as the 95% interval is usually written. */
    static final double Z = 1.96;

    private ReoffendingMeasures() {
    }

    /** A release of a person from an enrolment (its participant key) of an agency's program. */
    public record Release(long personKey, String agency, String program, LocalDate day, long participantKey) {

        public Release(long personKey, String agency, String program, LocalDate day) {
            this(personKey, agency, program, day, 0);
        }
    }

    /**
     * A cohort member: a person's first release in the quarter from an agency's program (the
     * enrolment it was from, the lowest key should two enrolments give the same day), and what the
     * measures count of them. Rows of any breakdown add these up.
     */
    public record Member(String cohort, long personKey, String agency, String program, long participantKey,
                         LocalDate release, boolean measurable, boolean reoffender, int reoffences, Integer daysToFirst,
                         boolean custody12m, boolean measurable24m, boolean custody24m) {
    }

    /** A feed event of a person (the same event may be given once per enrolment: it counts once). */
    public record Event(long personKey, long eventKey, ReoffendingEventType type, LocalDate offenceDate,
                        LocalDate outcomeDate, LocalDate custodyStart, CustodyReturnKind custodyReason) {
    }

    /** One line of the §3 export, unsuppressed; members and not-yet-measurable members besides. */
    public record Row(String cohort, String agency, String program, long members, long measurable, long reoffenders,
                      BigDecimal rate, BigDecimal rateCiLow, BigDecimal rateCiHigh, long reoffences,
                      BigDecimal frequency, BigDecimal meanDaysToFirst, long custody12m, BigDecimal custody12mRate,
                      long measurable24m, long custody24m, BigDecimal custody24mRate) {

        public long notYetMeasurable() {
            return members - measurable;
        }
    }

    /** The rows for every cohort the releases make, given the feed's latest extract date (none: nothing measurable). */
    public static List<Row> of(Collection<Release> releases, Collection<Event> events, LocalDate latestExtract) {
        Map<List<String>, Tally> tallies = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> order(k.get(1))).thenComparing(k -> order(k.get(2))));
        for (Member member : members(releases, events, latestExtract)) {
            Tally own = Tally.of(member);
            for (List<String> key : List.of(List.of(member.cohort(), member.agency(), member.program()),
                    List.of(member.cohort(), member.agency(), ALL), List.of(member.cohort(), ALL, member.program()),
                    List.of(member.cohort(), ALL, ALL))) {
                tallies.computeIfAbsent(key, k -> new Tally()).add(own);
            }
        }
        List<Row> rows = new ArrayList<>();
        tallies.forEach((key, tally) -> rows.add(tally.row(key.get(0), key.get(1), key.get(2))));
        return rows;
    }

    /** Every cohort member the releases make, with what the measures count of them. */
    public static List<Member> members(Collection<Release> releases, Collection<Event> events,
                                       LocalDate latestExtract) {
        Map<Long, Map<Long, Event>> eventsOf = new HashMap<>();
        for (Event event : events) {
            eventsOf.computeIfAbsent(event.personKey(), k -> new LinkedHashMap<>()).putIfAbsent(event.eventKey(), event);
        }
        Comparator<Release> earliest = Comparator.comparing(Release::day).thenComparing(Release::participantKey);
        Map<List<Object>, Release> firstRelease = new HashMap<>();
        for (Release release : releases) {
            firstRelease.merge(List.of(release.personKey(), release.agency(), release.program(), cohort(release.day())),
                    release, (a, b) -> earliest.compare(a, b) <= 0 ? a : b);
        }
        List<Member> members = new ArrayList<>(firstRelease.size());
        firstRelease.forEach((key, release) -> members.add(member((String) key.get(3), release,
                eventsOf.getOrDefault(release.personKey(), Map.of()).values(), latestExtract)));
        members.sort(Comparator.comparing(Member::cohort).thenComparing(Member::agency).thenComparing(Member::program)
                .thenComparing(Member::personKey));
        return members;
    }

    private static Member member(String cohort, Release r, Collection<Event> events, LocalDate extract) {
        LocalDate release = r.day();
        LocalDate yearEnd = release.plusDays(YEAR_DAYS);
        boolean measurable = extract != null && !extract.isBefore(yearEnd.plusDays(WAITING_DAYS));
        int reoffences = 0;
        LocalDate first = null;
        boolean custody12m = false;
        if (measurable) {
            for (Event e : events) {
                if (e.type() == ReoffendingEventType.PROVEN_OFFENCE && within(e.offenceDate(), release, yearEnd)
                        && !e.outcomeDate().isAfter(yearEnd.plusDays(WAITING_DAYS))) {
                    reoffences++;
                    first = first == null || e.offenceDate().isBefore(first) ? e.offenceDate() : first;
                }
            }
            custody12m = returned(events, release, yearEnd);
        }
        LocalDate twoYears = release.plusDays(TWO_YEARS_DAYS);
        boolean measurable24m = extract != null && !extract.isBefore(twoYears);
        return new Member(cohort, r.personKey(), r.agency(), r.program(), r.participantKey(), release, measurable,
                first != null, reoffences, first == null ? null : (int) ChronoUnit.DAYS.between(release, first),
                custody12m, measurable24m, measurable24m && returned(events, release, twoYears));
    }

    /** A new sentence or a recall (not a remand) starting after the release, by the day given. */
    private static boolean returned(Collection<Event> events, LocalDate release, LocalDate by) {
        return events.stream().anyMatch(e -> e.type() == ReoffendingEventType.CUSTODY
                && (e.custodyReason() == CustodyReturnKind.NEW_SENTENCE
                || e.custodyReason() == CustodyReturnKind.RECALL) && within(e.custodyStart(), release, by));
    }

    /** In (after, until]. */
    private static boolean within(LocalDate day, LocalDate after, LocalDate until) {
        return day != null && day.isAfter(after) && !day.isAfter(until);
    }

    /** ALL after the codes, so a cohort's rows read detail first, then totals. */
    private static String order(String code) {
        return ALL.equals(code) ? "\uffff" : code;
    }

    /** The calendar quarter of a day, as {@code 2025-Q1}. */
    public static String cohort(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** Counts that add up: one member's, or a row's. */
    private static final class Tally {
        long members;
        long measurable;
        long reoffenders;
        long reoffences;
        long daysToFirst;
        long custody12m;
        long measurable24m;
        long custody24m;

        static Tally of(Member m) {
            Tally t = new Tally();
            t.members = 1;
            t.measurable = m.measurable() ? 1 : 0;
            t.reoffenders = m.reoffender() ? 1 : 0;
            t.reoffences = m.reoffences();
            t.daysToFirst = m.daysToFirst() == null ? 0 : m.daysToFirst();
            t.custody12m = m.custody12m() ? 1 : 0;
            t.measurable24m = m.measurable24m() ? 1 : 0;
            t.custody24m = m.custody24m() ? 1 : 0;
            return t;
        }

        void add(Tally o) {
            members += o.members;
            measurable += o.measurable;
            reoffenders += o.reoffenders;
            reoffences += o.reoffences;
            daysToFirst += o.daysToFirst;
            custody12m += o.custody12m;
            measurable24m += o.measurable24m;
            custody24m += o.custody24m;
        }

        Row row(String cohort, String agency, String program) {
            return new Row(cohort, agency, program, members, measurable, reoffenders, ratio(reoffenders, measurable, 4),
                    wilson(reoffenders, measurable, -1), wilson(reoffenders, measurable, 1), reoffences,
                    ratio(reoffences, measurable, 4), ratio(daysToFirst, reoffenders, 1), custody12m,
                    ratio(custody12m, measurable, 4), measurable24m, custody24m, ratio(custody24m, measurable24m, 4));
        }
    }

    /** numerator / denominator rounded half up; none over nobody. */
    public static BigDecimal ratio(long numerator, long denominator, int scale) {
        return denominator == 0 ? null : BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }

    /** The lower (side -1) or upper (side 1) end of the 95% Wilson score interval of x in n, 4 decimals. */
    public static BigDecimal wilson(long x, long n, int side) {
        if (n == 0) {
            return null;
        }
        double p = (double) x / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        double end = Math.min(1, Math.max(0, centre + side * half));
        return new BigDecimal(end).setScale(4, RoundingMode.HALF_UP);
    }
}
