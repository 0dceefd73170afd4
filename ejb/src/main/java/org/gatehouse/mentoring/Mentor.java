package org.gatehouse.mentoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.Region;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Participant;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.Role;
import org.gatehouse.security.TenantBinding;
import org.gatehouse.security.UserAccount;

/**
 * A mentor of the agency: who they are, where and when they can help, how many mentees they can
 * take, and where they are in their lifecycle (applicant, in training, active, paused, exited).
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "mentor")
@NamedQuery(name = Mentor.ALL, query = "select m from Mentor m order by m.familyName, m.givenName, m.id")
@NamedQuery(name = Mentor.BY_ACCOUNT, query = "select m from Mentor m where m.account = :account")
@NamedQuery(name = Mentor.WITH_STATUS,
        query = "select m from Mentor m where m.status = :status order by m.familyName, m.givenName, m.id")
public class Mentor {

    public static final String ALL = "Mentor.all";
    public static final String WITH_STATUS = "Mentor.withStatus";
    public static final String BY_ACCOUNT = "Mentor.byAccount";
    /** Said alike whether the user is unknown or another agency's, so that nothing leaks. */
    public static final String ACCOUNT_RULE = "must be a user of this agency with the mentor role";

    @Id
    @SequenceGenerator(name = "mentor_seq", sequenceName = "mentor_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mentor_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", nullable = false, insertable = false, updatable = false)
    private Agency agency;

    @ManyToOne(optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(length = 200)
    private String email;

    @Column(length = 32)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "mentor_type", nullable = false, length = 20)
    private MentorType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MentorStatus status;

    @Column(length = 200)
    private String languages;

    @Column(name = "cultural_background", length = 200)
    private String culturalBackground;

    @Column(name = "can_drive", nullable = false)
    private boolean canDrive;

    @Column(nullable = false)
    private int capacity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mentor_availability", joinColumns = @JoinColumn(name = "mentor_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "slot", nullable = false, length = 16)
    private Set<WeeklySlot> availability = EnumSet.noneOf(WeeklySlot.class);

    @Column(name = "own_release_date")
    private LocalDate ownReleaseDate;

    /** The agency's participant this mentor once was (the "mentees become mentors" outcome). */
    @ManyToOne
    @JoinColumn(name = "former_participant_id")
    private Participant formerParticipant;

    @Column(name = "exit_reason", length = 500)
    private String exitReason;

    /** The account the mentor signs in with, to see their mentees. */
    @OneToOne
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "exited_on")
    private LocalDate exitedOn;

    protected Mentor() {
    }

    /** A new applicant. */
    public static Mentor apply(Agency agency, Region region, Participant formerParticipant, MentorDetails details,
                               int formerParticipantWaitDays, LocalDate today, Instant now) {
        Mentor mentor = new Mentor();
        mentor.agency = Objects.requireNonNull(agency, "agency");
        mentor.status = MentorStatus.APPLICANT;
        mentor.createdAt = now;
        mentor.revise(region, formerParticipant, details, formerParticipantWaitDays, today, now);
        return mentor;
    }

    /**
     * The region and former participant must be the agency's own (the caller looks them up). A
     * former participant may mentor once their case has been closed for the agency's waiting time.
     */
    public void revise(Region region, Participant formerParticipant, MentorDetails details,
                       int formerParticipantWaitDays, LocalDate today, Instant now) {
        List<Violation> violations = new ArrayList<>(details.violations(today));
        if (details.region() != null && (region == null || !region.getAgency().getId().equals(agency.getId()))) {
            violations.add(new Violation("region", "'" + details.region() + "' is not a region of this agency"));
        }
        if (details.formerParticipantId() != null && (formerParticipant == null || formerParticipant.isOpen())) {
            violations.add(new Violation("former_participant", "must be a participant of this agency whose case "
                    + "has ended"));
        } else if (formerParticipant != null && !formerParticipant.equals(this.formerParticipant)
                && formerParticipant.getExitDate().plusDays(formerParticipantWaitDays).isAfter(today)) {
            violations.add(new Violation("former_participant", "may apply to mentor from "
                    + formerParticipant.getExitDate().plusDays(formerParticipantWaitDays) + " ("
                    + formerParticipantWaitDays + " days after their case ended)"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.region = region;
        this.givenName = details.givenName();
        this.familyName = details.familyName();
        this.email = details.email();
        this.phone = details.phone();
        this.gender = details.gender();
        this.type = details.type();
        this.languages = details.languages();
        this.culturalBackground = details.culturalBackground();
        this.canDrive = details.canDrive();
        this.capacity = details.capacity();
        this.availability.clear();
        this.availability.addAll(details.availability());
        this.ownReleaseDate = details.ownReleaseDate();
        this.formerParticipant = formerParticipant;
        this.updatedAt = now;
    }

    /**
     * Moves the mentor on in their lifecycle. Becoming active needs cleared vetting; exiting needs a
     * reason.
     */
    public void moveTo(MentorStatus next, String reason, VettingStatus vetting, Instant now) {
        if (next == null || !status.next().contains(next)) {
            throw new InvalidInputException("status", "a mentor who is " + status.getLabel().toLowerCase()
                    + " can become: " + status.next().stream().map(MentorStatus::getLabel).sorted().toList());
        }
        if (next == MentorStatus.ACTIVE && !vetting.cleared()) {
            throw new InvalidInputException("status", "vetting is not cleared: missing " + vetting.missing()
                    + ", expired " + vetting.expired().stream().map(e -> e.check() + " (expired " + e.expiresOn()
                    + ")").toList());
        }
        String why = next != MentorStatus.EXITED ? null : Checks.requiredText(reason, "exit_reason", 500,
                "say why the mentor leaves (up to 500 characters)");
        status = next;
        if (next == MentorStatus.EXITED) {
            exitReason = why;
            exitedOn = LocalDate.ofInstant(now, ZoneId.systemDefault());
        }
        updatedAt = now;
    }

    /** Links the mentor to their sign-in: an enabled account of the same agency with the mentor role (or none). */
    public void linkAccount(UserAccount linked, Instant now) {
        if (linked != null && (linked.getAgency() == null || !linked.getAgency().getId().equals(agency.getId())
                || !linked.getRoles().contains(Role.MENTOR))) {
            throw new InvalidInputException("account", ACCOUNT_RULE);
        }
        account = linked;
        updatedAt = now;
    }

    public MentorDetails details() {
        return new MentorDetails(region.getCode(), givenName, familyName, email, phone, gender, type, languages,
                culturalBackground, canDrive, capacity, availability, ownReleaseDate,
                formerParticipant == null ? null : formerParticipant.getId());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Agency getAgency() {
        return agency;
    }

    public Region getRegion() {
        return region;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public Gender getGender() {
        return gender;
    }

    public MentorType getType() {
        return type;
    }

    public MentorStatus getStatus() {
        return status;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isCanDrive() {
        return canDrive;
    }

    public Set<WeeklySlot> getAvailability() {
        return Set.copyOf(availability);
    }

    public Participant getFormerParticipant() {
        return formerParticipant;
    }

    public String getExitReason() {
        return exitReason;
    }

    public UserAccount getAccount() {
        return account;
    }

    /** Where to e-mail the mentor: their own address, or their sign-in account's. */
    public String contactEmail() {
        return email != null ? email : account == null ? null : account.getEmail();
    }

    public String getName() {
        return givenName + " " + familyName;
    }

    public String getLanguages() {
        return languages;
    }

    public String getCulturalBackground() {
        return culturalBackground;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The day the mentor left (status exited), else null. */
    public LocalDate getExitedOn() {
        return exitedOn;
    }

    public LocalDate getOwnReleaseDate() {
        return ownReleaseDate;
    }
}
