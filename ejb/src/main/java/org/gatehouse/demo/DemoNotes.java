package org.gatehouse.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gatehouse.casework.Pathway;
import org.gatehouse.notes.Sensitivity;

/**
 * Case notes as workers write them: a contact, two or three things that happened on one resettlement
 * pathway in the trade's words and abbreviations, and the next step. Repeatable for the same seed;
 * used by the demo data and by the search benchmark (realistic length and vocabulary).
 */
public final class DemoNotes {

    /** One generated note: what it is filed under, who may read it, its text and day. */
    public record DemoNote(Pathway pathway, Sensitivity sensitivity, String body, LocalDate day) {
    }

    private static final String[] OPENINGS = {
            "Phone call with {who} this morning.", "Met {who} at the hostel.", "Home visit to {who}.",
            "{Who} came into the office without an appointment.", "Texted {who} to confirm the week's plan.",
            "Met {who} at the gate on release and travelled to the probation office together.",
            "Video call with {who} before release.", "Met {who} for coffee in town.",
            "Joint visit with the Offender Manager to see {who}.", "Short call from {who}, who sounded low.",
            "Missed call from {who}; rang back in the afternoon.", "Prison visit to {who} on the resettlement wing."};
    private static final String[] PEOPLE = {"him", "her", "them", "the participant", "P", "the client"};
    private static final String[] PLACES = {"the Jobcentre", "the council offices", "the library", "the GP surgery",
            "the hostel", "the probation office", "the bank", "the food bank", "the recovery hub", "the college"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "next week",
            "tomorrow", "the end of the month"};
    private static final String[] TIMES = {"9:30", "10:00", "11:15", "13:00", "14:30", "15:45"};

    private static final String[][] PATHWAY_LINES = {
            // ACCOMMODATION
            {"Still NFA and sofa surfing at a friend's flat.", "Housing officer agreed to a homeless assessment.",
                    "We paid the housing bond at the letting agent and the tenancy starts on {day}.",
                    "The approved premises (AP) room is confirmed for release day.",
                    "Landlord wants a guarantor; discussed the council's rent deposit scheme.",
                    "Hostel curfew breached twice this week; key worker gave a warning.",
                    "Put in a bid for a one-bedroom council flat on the housing register.",
                    "Moved into supported accommodation; needs bedding and kitchen items.",
                    "Rent arrears from the old tenancy are blocking the housing application.",
                    "Housing benefit claim started so the rent is paid directly to the landlord."},
            // EDUCATION_EMPLOYMENT
            {"Worked on the CV together and added the warehouse experience from custody.",
                    "Has an interview for a kitchen porter job in town on {day} at {time}.",
                    "Enrolled on the forklift licence course at the college.",
                    "Applied for the CSCS card so he can work on building sites.",
                    "ETE worker referred to the employment support program.",
                    "Talked through disclosing convictions to employers and the ban-the-box employers list.",
                    "Started two days a week of volunteering at the charity shop.",
                    "Lost the agency shifts after missing two starts; upset about it.",
                    "Literacy assessment booked; reading is a barrier to the theory test.",
                    "Offered a trial day with a landscaping firm that employs people with convictions."},
            // HEALTH
            {"Registered with a GP and the first appointment is on {day}.",
                    "Mental health (MH) team assessment booked; sleeping badly since release.",
                    "Prescription for anxiety medication ran out; rang the surgery for a repeat.",
                    "Dentist appointment for the toothache that started in custody.",
                    "Talked about low mood and thoughts of self-harm; safety plan reviewed.",
                    "Attended the hepatitis C clinic and starts treatment next month.",
                    "Went with {who} to the GP about the back pain; referred to physio.",
                    "Missed the psychiatry appointment and needs a new referral.",
                    "Diabetes check at the surgery; the nurse changed the insulin dose."},
            // DRUGS_ALCOHOL
            {"Methadone script collected from the chemist as planned.",
                    "OST dose reviewed with the recovery worker; staying on 60 ml.",
                    "Admitted to using heroin at the weekend; no overdose, naloxone kit checked.",
                    "AOD worker appointment kept; drug test negative this week.",
                    "Went to a recovery meeting (NA) with the mentor for the first time.",
                    "Drinking again after the argument with family; talked about triggers.",
                    "Positive test for cocaine; Offender Manager informed as the licence requires.",
                    "Detox place offered at the residential rehab from {day}.",
                    "Cutting down alcohol with the community alcohol team; diary kept every day.",
                    "Relapse prevention plan updated with the new contacts to avoid."},
            // FINANCE
            {"Universal Credit (UC) claim made on release day; advance payment requested.",
                    "Opened a basic bank account with the prison letter as ID.",
                    "DWP sanction for the missed Jobcentre appointment; helped with the appeal.",
                    "Discretionary housing payment applied for to cover the rent shortfall.",
                    "Food bank voucher given as the first UC payment is weeks away.",
                    "Court fines and debts listed; referred to the debt advice service.",
                    "Birth certificate ordered so the passport application can go ahead.",
                    "Budgeting session: phone contract and payday loan are taking most of the money.",
                    "Work coach agreed to a reduced commitment while the health issues are assessed.",
                    "Personal Independence Payment (PIP) form started together at {place}."},
            // FAMILY
            {"Contact centre visit with the children went well.",
                    "Social worker meeting about supervised contact on {day}.",
                    "Mother has agreed he can stay at hers for the first weeks.",
                    "Partner called the office worried about his drinking.",
                    "Domestic violence (DV) disclosure from the partner; MARAC referral discussed with the OM.",
                    "Restraining order means no contact with the ex-partner; reminded of the conditions.",
                    "Wants to rebuild contact with his daughter; family mediation referral made.",
                    "Family court hearing for the child arrangements order is on {day}.",
                    "Sister offered help with transport to appointments."},
            // ATTITUDES
            {"Talked about the anger after the argument at the hostel and what helped him calm down.",
                    "Completed the thinking skills session on problem solving.",
                    "Worried about old peers waiting at the station; planned a different route.",
                    "Showed real motivation today and set two goals for the week.",
                    "Frustrated with probation rules; went through the licence conditions again.",
                    "Said he feels he has no one apart from the mentor; discussed the peer support group.",
                    "Recall risk discussed after the late arrival at the probation office.",
                    "Keeping a diary of situations that make him want to use or offend."}};
    private static final String[] NEXT_STEPS = {
            "Next contact on {day} at {time}.", "Mentor to meet at {place} on {day}.", "Will call back {day}.",
            "OM informed; review at the next supervision.", "Case worker to follow up with {place}.",
            "Plan updated; review in two weeks.", "Reminder text to be sent the day before.",
            "Agreed to go together to {place} on {day}."};

    private DemoNotes() {
    }

    /** {@code count} notes of a case spread over {@code from} to {@code to}, oldest first. */
    public static List<DemoNote> forCase(long seed, long caseKey, LocalDate from, LocalDate to, int count) {
        Random random = new Random(seed * 31 + caseKey);
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        List<DemoNote> notes = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            LocalDate day = from.plusDays(span * n / Math.max(1, count) + random.nextInt((int) Math.min(span, 7)));
            notes.add(note(random, day.isAfter(to) ? to : day));
        }
        return notes;
    }

    /** One note of a random pathway (one in eight filed under none). */
    public static DemoNote note(Random random, LocalDate day) {
        Pathway pathway = random.nextInt(8) == 0 ? null : Pathway.values()[random.nextInt(Pathway.values().length)];
        String[] lines = PATHWAY_LINES[(pathway == null ? Pathway.values()[random.nextInt(7)] : pathway).ordinal()];
        StringBuilder body = new StringBuilder(fill(random, pick(random, OPENINGS)));
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            body.append(' ').append(fill(random, pick(random, lines)));
        }
        body.append(' ').append(fill(random, pick(random, NEXT_STEPS)));
        return new DemoNote(pathway, sensitivity(random, pathway), body.toString(), day);
    }

    private static Sensitivity sensitivity(Random random, Pathway pathway) {
        int roll = random.nextInt(100);
        if (roll < 3) {
            return Sensitivity.RESTRICTED;
        }
        boolean clinical = pathway == Pathway.HEALTH || pathway == Pathway.DRUGS_ALCOHOL;
        return clinical && roll < 45 ? Sensitivity.SENSITIVE_CLINICAL : Sensitivity.NORMAL;
    }

    /** Fills each slot: {who} (or {Who} to begin a sentence), {place}, {day}, {time}. */
    private static String fill(Random random, String template) {
        String who = pick(random, PEOPLE);
        return template.replace("{who}", who)
                .replace("{Who}", Character.toUpperCase(who.charAt(0)) + who.substring(1))
                .replace("{place}", pick(random, PLACES)).replace("{day}", pick(random, DAYS))
                .replace("{time}", pick(random, TIMES));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
