package org.gatehouse.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gatehouse.casework.ExitType;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.IndigenousStatus;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.mentoring.MentorDetails;
import org.gatehouse.mentoring.MentorType;
import org.gatehouse.mentoring.WeeklySlot;
import org.gatehouse.programs.Activity;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.programs.CadenceDefinition;
import org.gatehouse.programs.CaseDates;
import org.gatehouse.programs.MilestoneDefinition;
import org.gatehouse.programs.ProgramTemplate;
import org.gatehouse.referral.ReferralDetails;
import org.gatehouse.referral.ReferralSource;

/**
 * Generates made-up agencies and participants: the same seed and size always give the same data,
 * so a demo, a test and a benchmark can each say exactly what they ran on. No real people: names
 * are drawn from short lists of common names and combined at random.
 */
public final class DemoDataGenerator {

    public record DemoAgency(String code, String name, List<String[]> regions, List<String[]> programs) {
    }

    private static final String[][] AGENCIES = {
            {"NRM", "Northern Re-entry Mentoring"},
            {"TGT", "Through the Gate Trust"},
            {"CCS", "Caring Community Services"},
            {"RAS", "Re-integration Alliance South"},
    };
    private static final List<String[]> REGIONS = List.of(
            new String[] {"NORTH", "North"}, new String[] {"SOUTH", "South"}, new String[] {"METRO", "Metro"});
    private static final List<String[]> PROGRAMS = List.of(
            new String[] {"REINT", "Re-integration mentoring"},
            new String[] {"TTG", "Through the Gate"},
            new String[] {"INTENSIVE", "Intensive (caring community)"},
            new String[] {"COMMUNITY", "Community (licence / RAR)"});
    private static final String[] GIVEN_F = {"Amy", "Bella", "Chloe", "Dana", "Erin", "Fiona", "Grace", "Hana",
            "Isla", "Jade", "Kira", "Leah", "Maya", "Nina", "Olive", "Piper", "Rosa", "Tara", "Uma", "Zoe"};
    private static final String[] GIVEN_M = {"Aaron", "Ben", "Callum", "Dylan", "Ethan", "Finn", "Gareth", "Harry",
            "Ivan", "Jack", "Kyle", "Liam", "Mason", "Noah", "Owen", "Paul", "Ryan", "Sam", "Tom", "Wade"};
    private static final String[] FAMILY = {"Abbott", "Barker", "Carter", "Dawson", "Ellis", "Fletcher", "Gibson",
            "Hughes", "Irwin", "Jenkins", "Kelly", "Lawson", "Mitchell", "Nolan", "O'Brien", "Parker", "Quinn",
            "Reid", "Shaw", "Turner", "Walsh", "Young", "Ngata", "Murray", "Tjapaltjarri", "Nguyen", "Singh"};
    private static final String[] PRISONS = {"HMP Northgate", "HMP Riverside", "Eastfield Correctional Centre",
            "Southbank Women's Prison", "Hillview Remand Centre"};

    /** Mentors per demo agency. */
    static final int DEMO_MENTORS = 12;

    private final long seed;
    private final int agencies;
    private final int participantsPerAgency;
    private final LocalDate today;

    public DemoDataGenerator(long seed, int agencies, int participantsPerAgency, LocalDate today) {
        if (agencies < 1 || agencies > AGENCIES.length) {
            throw new IllegalArgumentException("agencies must be 1-" + AGENCIES.length);
        }
        this.seed = seed;
        this.agencies = agencies;
        this.participantsPerAgency = participantsPerAgency;
        this.today = today;
    }

    public List<DemoAgency> agencies() {
        List<DemoAgency> result = new ArrayList<>();
        for (int i = 0; i < agencies; i++) {
            result.add(new DemoAgency(AGENCIES[i][0], AGENCIES[i][1], REGIONS, PROGRAMS));
        }
        return result;
    }

    public long seed() {
        return seed;
    }

    /** The participants of one agency, generated from the seed and the agency's position. */
    public List<ParticipantDetails> participants(int agencyIndex) {
        Random random = new Random(seed * 31 + agencyIndex);
        List<ParticipantDetails> result = new ArrayList<>(participantsPerAgency);
        for (int n = 1; n <= participantsPerAgency; n++) {
            result.add(participant(random, AGENCIES[agencyIndex][0], n));
        }
        return result;
    }

    private ParticipantDetails participant(Random random, String agencyCode, int n) {
        Gender gender = random.nextInt(10) < 3 ? Gender.F : random.nextInt(30) == 0 ? Gender.X : Gender.M;
        String given = gender == Gender.F ? pick(random, GIVEN_F)
                : gender == Gender.M ? pick(random, GIVEN_M) : pick(random, random.nextBoolean() ? GIVEN_F : GIVEN_M);
        LocalDate referral = today.minusDays(random.nextInt(720));
        LocalDate dateOfBirth = referral.minusYears(18 + random.nextInt(45)).minusDays(random.nextInt(365));
        LocalDate expectedRelease = referral.plusWeeks(6 + random.nextInt(20));
        LocalDate actualRelease = expectedRelease.isBefore(today) && random.nextInt(10) > 0
                ? expectedRelease.plusDays(random.nextInt(5)) : null;
        LocalDate exitDate = null;
        ExitType exitType = null;
        if (actualRelease != null && random.nextInt(3) == 0) {
            LocalDate exit = actualRelease.plusDays(30 + random.nextInt(330));
            if (exit.isBefore(today)) {
                exitDate = exit;
                exitType = ExitType.values()[random.nextInt(ExitType.values().length)];
            }
        }
        return new ParticipantDetails(
                agencyCode + "-" + String.format("%06d", n),
                justiceId(random),
                given,
                pick(random, FAMILY),
                dateOfBirth,
                gender,
                IndigenousStatus.values()[random.nextInt(IndigenousStatus.values().length)],
                REGIONS.get(random.nextInt(REGIONS.size()))[0],
                pick(random, PRISONS),
                PROGRAMS.get(random.nextInt(PROGRAMS.size()))[0],
                referral,
                expectedRelease,
                actualRelease,
                vulnerabilities(random),
                exitDate,
                exitType);
    }

    private static Set<Vulnerability> vulnerabilities(Random random) {
        Set<Vulnerability> result = EnumSet.noneOf(Vulnerability.class);
        for (Vulnerability v : Vulnerability.values()) {
            if (v != Vulnerability.OTHER && random.nextInt(5) == 0) {
                result.add(v);
            }
        }
        return result;
    }

    /** A prison-number-shaped identifier: a letter, four digits, two letters. */
    private static String justiceId(Random random) {
        return "" + (char) ('A' + random.nextInt(26)) + String.format("%04d", random.nextInt(10000))
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    /** Referrals awaiting intake at one agency: received in the last weeks, release in 3 weeks to 4 months. */
    public List<ReferralDetails> referrals(int agencyIndex) {
        Random random = new Random(seed * 17 + agencyIndex);
        List<ReferralDetails> result = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            Gender gender = random.nextInt(10) < 3 ? Gender.F : Gender.M;
            ReferralSource source = ReferralSource.values()[random.nextInt(3)];
            result.add(new ReferralDetails(source, source == ReferralSource.SELF ? "Self-referral by letter"
                    : source.getLabel() + ", " + pick(random, PRISONS), today.minusDays(1 + random.nextInt(20)),
                    REGIONS.get(random.nextInt(REGIONS.size()))[0], random.nextBoolean() ? justiceId(random) : null,
                    gender == Gender.F ? pick(random, GIVEN_F) : pick(random, GIVEN_M), pick(random, FAMILY),
                    today.minusYears(19 + random.nextInt(40)).minusDays(random.nextInt(365)), gender,
                    pick(random, PRISONS), today.plusDays(21 + random.nextInt(100))));
        }
        return result;
    }

    /**
     * What plausibly happened on a case so far: most milestones done within their window, most
     * cadence slots kept; repeatable for the same case key.
     */
    public List<Activity> activities(long caseKey, ProgramTemplate template, CaseDates dates) {
        Random random = new Random(seed * 13 + caseKey);
        LocalDate last = dates.exit() != null && dates.exit().isBefore(today) ? dates.exit() : today;
        List<Activity> result = new ArrayList<>();
        for (MilestoneDefinition milestone : template.milestones()) {
            LocalDate due = dates.release().plusDays(milestone.offsetDays());
            LocalDate day = due.minusDays(random.nextInt(milestone.windowDays() + 1));
            ActivityKind kind = milestone.completedBy().iterator().next();
            // an agreed plan or a recorded checkpoint is written by its own record, not faked as an activity
            if (random.nextInt(10) < 8 && !day.isAfter(last) && !day.isBefore(dates.referral())
                    && kind.isLoggedByHand()) {
                result.add(new Activity(kind, day));
            }
        }
        for (CadenceDefinition cadence : template.cadences()) {
            for (int d = cadence.fromDay(); d <= cadence.toDay(); d += cadence.everyDays()) {
                LocalDate day = dates.release().plusDays(d + random.nextInt(cadence.everyDays()));
                if (day.isAfter(last)) {
                    break;
                }
                if (random.nextInt(10) < 7 && cadence.kind().isLoggedByHand()) {
                    result.add(new Activity(cadence.kind(), day));
                }
            }
        }
        return result;
    }

    /** A case's notes from its referral to today (or its exit): three to twelve, repeatable for the same case key. */
    public List<DemoNotes.DemoNote> notes(long caseKey, CaseDates dates) {
        LocalDate last = dates.exit() != null && dates.exit().isBefore(today) ? dates.exit() : today;
        LocalDate first = dates.referral().isAfter(last) ? last : dates.referral();
        return DemoNotes.forCase(seed, caseKey, first, last, 3 + (int) Math.floorMod(seed * 7 + caseKey, 10L));
    }

    /**
     * The mentors of one agency: the first signs in as the agency's demo mentor user (a paid
     * woman, so any case may be matched with her); the rest are of every type, region and load.
     */
    public List<MentorDetails> mentors(int agencyIndex) {
        Random random = new Random(seed * 19 + agencyIndex);
        List<MentorDetails> result = new ArrayList<>();
        result.add(new MentorDetails(REGIONS.get(0)[0], "Robin", "Ashdown", null, "0400 000 001", Gender.F,
                MentorType.PAID, "English", null, true, MentorDetails.MAX_CAPACITY,
                Set.of(WeeklySlot.values()), null, null));
        WeeklySlot[] slots = WeeklySlot.values();
        String[] languages = {"English", "English, Arabic", "English, Vietnamese", "English, Pitjantjatjara"};
        for (int n = 1; n < DEMO_MENTORS; n++) {
            Gender gender = random.nextBoolean() ? Gender.F : Gender.M;
            MentorType type = MentorType.values()[random.nextInt(MentorType.values().length)];
            Set<WeeklySlot> available = EnumSet.noneOf(WeeklySlot.class);
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                available.add(slots[random.nextInt(slots.length)]);
            }
            result.add(new MentorDetails(REGIONS.get(random.nextInt(REGIONS.size()))[0],
                    gender == Gender.F ? pick(random, GIVEN_F) : pick(random, GIVEN_M), pick(random, FAMILY), null,
                    null, gender, type, pick(random, languages), null, random.nextBoolean(), 1 + random.nextInt(3),
                    available, type == MentorType.LIVED_EXPERIENCE ? today.minusDays(400 + random.nextInt(2000))
                            : null, null));
        }
        return result;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
