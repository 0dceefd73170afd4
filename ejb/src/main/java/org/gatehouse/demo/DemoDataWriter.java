package org.gatehouse.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.gatehouse.agency.Program;
import org.gatehouse.programs.BuiltInTemplates;
import org.gatehouse.programs.ProgramTemplate;
import java.util.Set;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import org.gatehouse.agency.Agency;
import org.gatehouse.appointments.AppointmentDetails;
import org.gatehouse.appointments.AppointmentKind;
import org.gatehouse.appointments.Appointments;
import org.gatehouse.partners.PartnerDetails;
import org.gatehouse.partners.PartnerDirectory;
import org.gatehouse.partners.ServiceKind;
import org.gatehouse.consent.ConsentRecords;
import org.gatehouse.consent.ConsentScope;
import org.gatehouse.matching.MatchingDesk;
import org.gatehouse.mentoring.CheckType;
import org.gatehouse.mentoring.Mentor;
import org.gatehouse.mentoring.MentorDetails;
import org.gatehouse.mentoring.MentorRegistry;
import org.gatehouse.mentoring.MentorStatus;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.notes.CaseNote;
import org.gatehouse.programs.Activity;
import org.gatehouse.referral.ReferralDesk;
import org.gatehouse.referral.ReferralDetails;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;
import org.gatehouse.security.Role;

/** Writes generated data a batch per transaction, so a large data set never needs one huge transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoDataWriter {

    /** The demo users of each agency: one per agency role. */
    static final List<Role> AGENCY_ROLES = List.of(Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER,
            Role.MENTOR);

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry participants;

    @Inject
    private Accounts accounts;

    @Inject
    private ReferralDesk desk;

    @Inject
    private EngagementLog engagements;

    @Inject
    private ConsentRecords consents;

    @Inject
    private MentorRegistry mentors;

    @Inject
    private MatchingDesk matching;

    @Inject
    private Appointments appointments;

    @Inject
    private PartnerDirectory partners;

    @Inject
    private Clock clock;

    public void createAgency(DemoDataGenerator.DemoAgency demo, String password) {
        Agency agency = agencies.createAgency(demo.code(), demo.name());
        demo.regions().forEach(r -> agencies.addRegion(agency, r[0], r[1]));
        for (String[] p : demo.programs()) {
            ProgramTemplate template = BuiltInTemplates.byCode(p[0]).orElseThrow();
            Program program = agencies.addProgram(agency, p[0], p[1], template);
            if (template == BuiltInTemplates.REINTEGRATION) {
                program.routeWomenTo(agencies.addProgram(agency, p[0] + "-W", p[1] + " (women's stream)", template));
            }
        }
        createUsers(agency, demo, password);
    }

    public void addUsers(DemoDataGenerator.DemoAgency demo, String password) {
        createUsers(agencies.agency(demo.code()), demo, password);
    }

    private void createUsers(Agency agency, DemoDataGenerator.DemoAgency demo, String password) {
        for (Role role : AGENCY_ROLES) {
            accounts.create(usernameFor(role, demo.code()), role.getLabel() + " (" + demo.name() + ")", null, agency,
                    Set.of(role), password, false);
        }
    }

    public void createGlobalUsers(String password) {
        accounts.create("sysadmin", "System administrator", null, null, Set.of(Role.SYSTEM_ADMIN), password, false);
        accounts.create("commissioner", "Commissioner", null, null, Set.of(Role.COMMISSIONER), password, false);
    }

    public void addParticipants(String agencyCode, List<ParticipantDetails> batch) {
        Agency agency = agencies.agency(agencyCode);
        Callers.runAs(Caller.systemFor(agency.getId(), agency.getCode()),
                () -> batch.forEach(details -> participants.upsert(agency, details)));
    }

    public void addReferrals(String agencyCode, List<ReferralDetails> referrals) {
        Agency agency = agencies.agency(agencyCode);
        Callers.runAs(Caller.systemFor(agency.getId(), agency.getCode()),
                () -> referrals.forEach(desk::receive));
    }

    /** The agency's open cases, for recording their activity a batch at a time. */
    public List<Long> openCases(String agencyCode) {
        Agency agency = agencies.agency(agencyCode);
        return Callers.runAs(Caller.systemFor(agency.getId(), agency.getCode()),
                () -> participants.openCases().stream().map(Participant::getId).toList());
    }

    /** Records what plausibly happened so far on each of the cases, so worklists and case pages have a history. */
    public void addActivities(String agencyCode, List<Long> cases, DemoDataGenerator generator) {
        Agency agency = agencies.agency(agencyCode);
        Callers.runAs(Caller.systemFor(agency.getId(), agency.getCode()), () -> {
            for (Long id : cases) {
                Participant participant = participants.caseOf(id);
                for (Activity activity : generator.activities(id, participant.getProgram().template(),
                        participant.caseDates())) {
                    engagements.record(id, activity.kind(), activity.date());
                }
            }
        });
    }

    /**
     * The case notes of each case, written straight to the database as a restored backup would be
     * (not through the index): the search index is rebuilt from the database at the next start.
     */
    public void addNotes(String agencyCode, List<Long> cases, DemoDataGenerator generator) {
        Agency agency = agencies.agency(agencyCode);
        String author = usernameFor(Role.CASE_WORKER, agencyCode);
        Callers.runAs(Caller.systemFor(agency.getId(), agency.getCode()), () -> {
            for (Long id : cases) {
                // caseOf also binds this transaction to the agency the notes are persisted for
                Participant participant = participants.caseOf(id);
                for (DemoNotes.DemoNote demo : generator.notes(id, participant.caseDates())) {
                    CaseNote note = CaseNote.write(participant, demo.body(), demo.pathway(), demo.sensitivity(), false,
                            author, demo.day().atTime(9 + (int) (id % 8), 0).atZone(clock.getZone()).toInstant());
                    em.persist(note);
                    note.belongsTo(note.getId());
                }
            }
        });
    }

    /** Most people consented to mentoring when they were referred (one case in ten did not). */
    public void addMentoringConsents(String agencyCode, List<Long> cases) {
        Agency agency = agencies.agency(agencyCode);
        Callers.runAs(Caller.systemFor(agency.getId(), agency.getCode()), () -> {
            for (Long id : cases) {
                if (id % 10 != 0) {
                    Participant participant = participants.caseOf(id);
                    consents.giveOnCase(id, ConsentScope.MENTORING, null, participant.getReferralDate() != null
                            ? participant.getReferralDate() : LocalDate.now(clock));
                }
            }
        });
    }

    public boolean hasMentors(String agencyCode) {
        Agency agency = agencies.agency(agencyCode);
        return Callers.runAs(Caller.systemFor(agency.getId(), agency.getCode()),
                () -> !mentors.mentors(null).isEmpty());
    }

    /**
     * The agency's mentors, vetted and active (two still in training, one police check expiring
     * soon); the first signs in as the demo mentor user. A few cases are matched already.
     */
    public void addMentors(String agencyCode, List<MentorDetails> demoMentors, int matches) {
        Agency agency = agencies.agency(agencyCode);
        Callers.runAs(Caller.systemFor(agency.getId(), agency.getCode()), () -> {
            LocalDate today = LocalDate.now(clock);
            List<Long> ids = new ArrayList<>();
            for (int n = 0; n < demoMentors.size(); n++) {
                Mentor mentor = mentors.register(demoMentors.get(n));
                for (CheckType type : mentors.checkTypes()) {
                    boolean expiring = n == 2 && type.getCode().equals("POLICE");
                    mentors.recordCheck(mentor.getId(), type.getId(), today.minusDays(60),
                            expiring ? today.plusDays(20) : today.plusYears(2));
                }
                mentor = mentors.moveTo(mentor.getId(), mentor.getVersion(), MentorStatus.IN_TRAINING, null);
                if (n < demoMentors.size() - 2) {
                    mentor = mentors.moveTo(mentor.getId(), mentor.getVersion(), MentorStatus.ACTIVE, null);
                }
                ids.add(mentor.getId());
            }
            mentors.linkAccount(ids.get(0), mentors.mentor(ids.get(0)).getVersion(),
                    usernameFor(Role.MENTOR, agencyCode));
            long caseWorker = accounts.find(usernameFor(Role.CASE_WORKER, agencyCode)).orElseThrow().getId();
            int made = 0;
            for (Participant waiting : matching.waiting()) {
                if (made == matches) {
                    break;
                }
                // the demo mentor starts with one mentee, so her home screen and quick log have someone
                if (made == 0) {
                    matching.match(waiting.getId(), ids.get(0), caseWorker, "Demo data");
                    addAppointments(waiting.getId(), today);
                    made++;
                    continue;
                }
                var other = matching.rank(waiting.getId()).proposals().stream()
                        .filter(p -> p.mentor().id() != ids.get(0)).findFirst();
                if (other.isPresent()) {
                    matching.match(waiting.getId(), other.get().mentor().id(), caseWorker, "Demo data");
                    made++;
                }
            }
        });
    }

    /** A few partner services in each of the agency's regions, so the directory and referrals have something to show. */
    public void addPartners(String agencyCode) {
        Agency agency = agencies.agency(agencyCode);
        Callers.runAs(Caller.systemFor(agency.getId(), agency.getCode()), () -> {
            if (!partners.services().isEmpty()) {
                return;
            }
            for (var region : agencies.regions(agency)) {
                String where = region.getName();
                partners.add(new PartnerDetails(region.getCode(), where + " Housing Options", ServiceKind.HOUSING,
                        "Duty officer", "0161 496 0101", "housing@" + region.getCode().toLowerCase(Locale.ROOT)
                        + ".example", "Town Hall, " + where));
                partners.add(new PartnerDetails(region.getCode(), where + " Recovery Service",
                        ServiceKind.ALCOHOL_AND_DRUGS, "Intake team", "0161 496 0202", null, "2 Market Street, " + where));
                partners.add(new PartnerDetails(region.getCode(), where + " Works", ServiceKind.EMPLOYMENT, null,
                        "0161 496 0303", "jobs@" + region.getCode().toLowerCase(Locale.ROOT) + ".example", null));
                partners.add(new PartnerDetails(region.getCode(), where + " Families First", ServiceKind.FAMILY, null,
                        null, null, null));
            }
        });
    }

    /** The demo mentor's mentee has appointments tomorrow and later in the week (reminders, calendar). */
    private void addAppointments(long participantId, LocalDate today) {
        appointments.book(participantId, new AppointmentDetails(AppointmentKind.OFFENDER_MANAGER, today.plusDays(1),
                LocalTime.of(10, 0), 45, "Probation office, 12 Station Road", "Offender Manager", true));
        appointments.book(participantId, new AppointmentDetails(AppointmentKind.HOUSING, today.plusDays(4),
                LocalTime.of(14, 30), 60, "Housing Options, Town Hall", "Housing officer", true));
        appointments.book(participantId, new AppointmentDetails(AppointmentKind.HEALTH, today.plusDays(9),
                LocalTime.of(9, 15), 20, "Health centre, Mill Lane", "GP", false));
    }

    /** e.g. {@code coordinator.nrm}, {@code case_worker.nrm}. */
    public static String usernameFor(Role role, String agencyCode) {
        return role.name().toLowerCase(Locale.ROOT) + "." + agencyCode.toLowerCase(Locale.ROOT);
    }
}
