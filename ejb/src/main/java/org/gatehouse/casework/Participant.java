package org.gatehouse.casework;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.agency.Agency;
import org.gatehouse.security.TenantBinding;
import org.gatehouse.agency.Program;
import org.gatehouse.agency.Region;
import org.gatehouse.platform.InLists;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.gatehouse.programs.CaseDates;

/** A person in custody or recently released, referred to one of an agency's programs. */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "participant")
@NamedQuery(name = Participant.BY_EXTERNAL_REF,
        query = "select p from Participant p where p.agency = :agency and p.externalRef = :externalRef")
@NamedQuery(name = Participant.RELEASED_BETWEEN, query = "select p from Participant p where p.actualReleaseDate "
        + "between :from and :to order by p.actualReleaseDate, p.familyName, p.givenName, p.id")
@NamedQuery(name = Participant.RELEASED_BETWEEN_IN_PROGRAM, query = "select p from Participant p where "
        + "p.actualReleaseDate between :from and :to and p.program.code = :program "
        + "order by p.actualReleaseDate, p.familyName, p.givenName, p.id")
@NamedQuery(name = Participant.EXCLUDING, query = "select distinct p.id from Participant p join p.excludedUserIds x "
        + "where x = :user")
@NamedQuery(name = Participant.WITH_ALLOW_LIST, query = "select distinct p.id from Participant p join p.allowedUserIds a")
@NamedQuery(name = Participant.ALLOWING, query = "select distinct p.id from Participant p join p.allowedUserIds a "
        + "where a = :user")
@NamedQuery(name = Participant.WITH_EXCLUSIONS, query = "select distinct p.id from Participant p join p.excludedUserIds x")
@NamedQuery(name = Participant.ALL_AFTER, query = "select p from Participant p where p.id > :after "
        + "and p.deidentifiedOn is null order by p.id")
@NamedQuery(name = Participant.TO_RELOAD_AFTER, query = "select p from Participant p where p.id > :after and ("
        + "not exists (select r from EpisodeRecheck r where r.participantId = p.id and r.loadId <= :basedOn "
        + "and (r.recheckOn is null or r.recheckOn > :asOf)) "
        + "or p.updatedAt >= :since or p.program.adjustedAt >= :since or p.id in (select e.participant.id from Engagement e where e.recordedAt >= :since) "
        + "or p.id in (select e.participant.id from Engagement e where e.signedOffAt >= :since) "
        + "or p.id in (select c.participant.id from OutcomeCheckpoint c where c.recordedAt >= :since) "
        + "or p.id in (select a.participant.id from Appointment a where a.outcomeAt >= :since) "
        + "or upper(p.justiceId) in (select r.justiceId from ReoffendingEvent r where r.updatedAt >= :since)) "
        + "and p.deidentifiedOn is null order by p.id")
@NamedQuery(name = Participant.JUSTICE_IDS_AMONG,
        query = "select distinct upper(p.justiceId) from Participant p where upper(p.justiceId) in :ids")
public class Participant {

    public static final String RELEASED_BETWEEN = "Participant.releasedBetween";
    public static final String RELEASED_BETWEEN_IN_PROGRAM = "Participant.releasedBetweenInProgram";
    public static final String BY_EXTERNAL_REF = "Participant.byExternalRef";
    public static final String JUSTICE_IDS_AMONG = "Participant.justiceIdsAmong";
    /** The agency's cases in id order, a page after a case id: a full warehouse load. */
    /** The restricted records that exclude the user. */
    public static final String EXCLUDING = "Participant.excluding";
    /** The restricted records with an allow list; those whose list has the user. */
    public static final String WITH_ALLOW_LIST = "Participant.withAllowList";
    public static final String ALLOWING = "Participant.allowing";
    /** The records with an exclusion list. */
    public static final String WITH_EXCLUSIONS = "Participant.withExclusions";
    public static final String ALL_AFTER = "Participant.allAfter";
    /**
     * The cases a later warehouse load reads again: those whose recheck day (written by the published
     * load :basedOn or an earlier one) has come by :asOf or that have none, and those changed since
     * (:since), their program adjusted, an engagement, outcome checkpoint or appointment outcome of
     * theirs or a feed event of the person among the changes.
     */
    public static final String TO_RELOAD_AFTER = "Participant.toReloadAfter";

    @Id
    @SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
    private Long id;

    @Version
    private long version;

    /** Read-only here: the column is the tenant discriminator, written from the bound agency. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", nullable = false, insertable = false, updatable = false)
    private Agency agency;

    @Column(name = "external_ref", nullable = false, length = 64)
    private String externalRef;

    @Column(name = "justice_id", nullable = false, length = 32)
    private String justiceId;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "indigenous_status", length = 32)
    private IndigenousStatus indigenousStatus;

    @ManyToOne(optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    @Column(nullable = false, length = 100)
    private String prison;

    @ManyToOne(optional = false)
    @JoinColumn(name = "program_id", nullable = false)
    private Program program;

    @Column(name = "referral_date", nullable = false)
    private LocalDate referralDate;

    @Column(name = "expected_release_date", nullable = false)
    private LocalDate expectedReleaseDate;

    @Column(name = "actual_release_date")
    private LocalDate actualReleaseDate;

    // loaded for a whole page of cases in one query, not one query per case
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(value = BatchFetchType.IN, size = InLists.CHUNK)
    @CollectionTable(name = "participant_vulnerability", joinColumns = @JoinColumn(name = "participant_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "vulnerability", nullable = false, length = 32)
    private Set<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);

    @Column(name = "exit_date")
    private LocalDate exitDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_type", length = 16)
    private ExitType exitType;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason", length = 32)
    private ExitReason exitReason;

    // loaded for a whole page of cases in one query, not one query per case
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(value = BatchFetchType.IN, size = InLists.CHUNK)
    @CollectionTable(name = "custody_return", joinColumns = @JoinColumn(name = "participant_id"))
    @OrderBy("returnedOn")
    private List<CustodyReturn> custodyReturns = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_status", length = 40)
    private LegalStatus legalStatus;

    @Column(name = "ro_name", length = 200)
    private String responsibleOfficerName;

    @Column(name = "ro_phone", length = 32)
    private String responsibleOfficerPhone;

    @Column(name = "ro_email", length = 200)
    private String responsibleOfficerEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_of_serious_harm", length = 16)
    private RiskOfSeriousHarm riskOfSeriousHarm;

    @Enumerated(EnumType.STRING)
    @Column(name = "public_protection_level", length = 16)
    private PublicProtectionLevel publicProtectionLevel;

    @Column(name = "licence_conditions", length = 2000)
    private String licenceConditions;

    @Column(name = "exclusion_zones", length = 2000)
    private String exclusionZones;

    @Column(length = 200)
    private String languages;

    // loaded for a whole page of cases in one query, not one query per case
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(value = BatchFetchType.IN, size = InLists.CHUNK)
    @CollectionTable(name = "participant_allowed_user", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> allowedUserIds = new HashSet<>();

    // loaded for a whole page of cases in one query, not one query per case
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(value = BatchFetchType.IN, size = InLists.CHUNK)
    @CollectionTable(name = "participant_excluded_user", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> excludedUserIds = new HashSet<>();

    @Column(name = "deidentified_on")
    private LocalDate deidentifiedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** What stands in for a removed name or place on a de-identified case. */
    public static final String REMOVED = "Removed";

    protected Participant() {
    }

    /**
     * Registers a participant. The region and program must be the agency's own; the details must
     * break no rule; otherwise nothing is created and every violation is reported.
     */
    public static Participant register(Agency agency, Region region, Program program,
                                       ParticipantDetails details, LocalDate today, Instant now) {
        Objects.requireNonNull(agency, "agency");
        Participant participant = new Participant();
        participant.agency = agency;
        participant.createdAt = now;
        participant.apply(region, program, details, today, now);
        return participant;
    }

    /**
     * Applies new details.
     *
     * @return whether anything changed (an identical re-import must change nothing)
     */
    public boolean revise(Region region, Program program, ParticipantDetails details, LocalDate today, Instant now) {
        requireIdentified();
        if (details.externalRef() == null) {
            throw new InvalidInputException("external_ref", "is required (it identifies the participant)");
        }
        if (!details.externalRef().equals(externalRef)) {
            throw new InvalidInputException("external_ref", "cannot be changed (it identifies the participant)");
        }
        if (details().equals(details)) {
            return false;
        }
        apply(region, program, details, today, now);
        return true;
    }

    private void apply(Region region, Program program, ParticipantDetails details, LocalDate today, Instant now) {
        List<Violation> violations = new ArrayList<>(details.violations(today));
        if (details.region() != null && (region == null || !region.getAgency().getId().equals(agency.getId()))) {
            violations.add(new Violation("region", "'" + details.region() + "' is not a region of this agency"));
        }
        if (details.program() != null && (program == null || !program.getAgency().getId().equals(agency.getId()))) {
            violations.add(new Violation("program", "'" + details.program() + "' is not a program of this agency"));
        }
        violations.addAll(historyViolations(details));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.externalRef = details.externalRef();
        this.justiceId = details.justiceId();
        this.givenName = details.givenName();
        this.familyName = details.familyName();
        this.dateOfBirth = details.dateOfBirth();
        this.gender = details.gender();
        this.indigenousStatus = details.indigenousStatus();
        this.region = region;
        this.prison = details.prison();
        this.program = program;
        this.referralDate = details.referralDate();
        this.expectedReleaseDate = details.expectedReleaseDate();
        this.actualReleaseDate = details.actualReleaseDate();
        this.vulnerabilities.clear();
        this.vulnerabilities.addAll(details.vulnerabilities());
        this.exitDate = details.exitDate();
        this.exitType = details.exitType();
        if (exitReason != null && exitReason.type() != exitType) {
            exitReason = null;
        }
        this.updatedAt = now;
    }

    /**
     * What new details may not undo: an exit recorded on the case (with its reason) or a transfer,
     * and a return to custody (a release is only ever after the last one).
     */
    private List<Violation> historyViolations(ParticipantDetails details) {
        List<Violation> found = new ArrayList<>();
        boolean exitChanged = !Objects.equals(exitDate, details.exitDate())
                || !Objects.equals(exitType, details.exitType());
        if (exitChanged && (exitReason != null || exitType == ExitType.TRANSFERRED)) {
            found.add(new Violation("exit_date", "the case ended on " + exitDate + " ("
                    + (exitReason != null ? exitReason.getLabel() : exitType.getLabel()) + "); that cannot be changed"));
        }
        if (!custodyReturns.isEmpty()) {
            LocalDate lastReturn = custodyReturns.get(custodyReturns.size() - 1).getReturnedOn();
            if (details.actualReleaseDate() != null && !details.actualReleaseDate().isAfter(lastReturn)) {
                found.add(new Violation("actual_release_date", "must be after the return to custody on "
                        + lastReturn));
            }
            if (details.expectedReleaseDate() != null && !details.expectedReleaseDate().isAfter(lastReturn)) {
                found.add(new Violation("expected_release_date", "must be after the return to custody on "
                        + lastReturn));
            }
        }
        return found;
    }

    /**
     * The sending agency's case ends because the receiving agency accepted it: on the day, or on
     * the referral date if that is later (an imported referral can lie ahead).
     */
    public void handOver(LocalDate today, Instant now) {
        requireIdentified();
        exitDate = today.isBefore(referralDate) ? referralDate : today;
        exitReason = ExitReason.TRANSFERRED;
        exitType = ExitType.TRANSFERRED;
        updatedAt = now;
    }

    /**
     * Ends the case on the day, for the reason.
     *
     * @throws InvalidInputException if it has ended already, or the day is before the referral or in the future
     */
    public void exit(LocalDate on, ExitReason reason, LocalDate today, Instant now) {
        requireIdentified();
        List<Violation> violations = new ArrayList<>();
        if (exitDate != null) {
            violations.add(new Violation("exit_date", "the case ended on " + exitDate + " already"));
        }
        if (on == null) {
            violations.add(new Violation("exit_date", "is required"));
        } else if (on.isBefore(referralDate) || on.isAfter(today)) {
            violations.add(new Violation("exit_date", "must be between the referral date (" + referralDate
                    + ") and today"));
        }
        if (reason == null) {
            violations.add(new Violation("exit_reason", "is required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        exitDate = on;
        exitReason = reason;
        exitType = reason.type();
        updatedAt = now;
    }

    /**
     * A released participant is back in custody: the case pauses and re-opens in pre-release for the
     * next expected release. The release that ended, and everything recorded before, stay in its
     * history; milestones are planned afresh from the day of the return.
     */
    public void returnToCustody(LocalDate on, CustodyReturnKind kind, LocalDate nextExpectedRelease,
                                LocalDate today, Instant now) {
        requireIdentified();
        List<Violation> violations = new ArrayList<>();
        if (exitDate != null) {
            violations.add(new Violation("returned_on", "the case has ended; it cannot be re-opened this way"));
        }
        if (actualReleaseDate == null) {
            violations.add(new Violation("returned_on", "the participant has not been released yet: change the "
                    + "expected release date instead"));
        }
        if (on == null) {
            violations.add(new Violation("returned_on", "is required"));
        } else if (actualReleaseDate != null && on.isBefore(actualReleaseDate) || on.isAfter(today)) {
            violations.add(new Violation("returned_on", "must be between the release (" + actualReleaseDate
                    + ") and today"));
        }
        if (kind == null) {
            violations.add(new Violation("kind", "is required"));
        }
        if (nextExpectedRelease == null) {
            violations.add(new Violation("next_expected_release", "is required (an estimate can be corrected later)"));
        } else if (on != null && !nextExpectedRelease.isAfter(on)) {
            violations.add(new Violation("next_expected_release", "must be after the return to custody"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        custodyReturns.add(new CustodyReturn(on, kind, actualReleaseDate, nextExpectedRelease));
        actualReleaseDate = null;
        expectedReleaseDate = nextExpectedRelease;
        updatedAt = now;
    }

    /** The returns to custody, oldest first. */
    public List<CustodyReturn> getCustodyReturns() {
        return List.copyOf(custodyReturns);
    }

    /** The day the current plan counts from: the referral, or the last return to custody. */
    public LocalDate planStart() {
        return custodyReturns.isEmpty() ? referralDate : custodyReturns.get(custodyReturns.size() - 1).getReturnedOn();
    }

    /** The dates the milestone engine plans this case from. */
    public CaseDates caseDates() {
        return new CaseDates(planStart(), expectedReleaseDate, actualReleaseDate, exitDate);
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    public boolean isOpen() {
        return exitDate == null;
    }

    /** The day the case's personal data was removed under the agency's retention rule, or null. */
    public LocalDate getDeidentifiedOn() {
        return deidentifiedOn;
    }

    /**
     * Removes what identifies the person, as the agency's retention rule requires once the case has
     * been closed long enough: names, references, justice id, the day and month of birth, prison,
     * the responsible officer, licence conditions and exclusion zones, languages. What the outcome
     * figures need and names nobody stays: the year of birth, gender, status, vulnerabilities, region,
     * program, the dates of the case. Only a case that ended; once only.
     */
    public void deIdentify(LocalDate today, Instant now) {
        if (exitDate == null) {
            throw new IllegalStateException("an open case is never de-identified");
        }
        if (deidentifiedOn != null) {
            return;
        }
        String removed = "REMOVED-" + id;
        externalRef = removed;
        justiceId = removed;
        givenName = REMOVED;
        familyName = REMOVED;
        dateOfBirth = dateOfBirth.withDayOfYear(1);
        prison = REMOVED;
        responsibleOfficerName = null;
        responsibleOfficerPhone = null;
        responsibleOfficerEmail = null;
        licenceConditions = null;
        exclusionZones = null;
        languages = null;
        deidentifiedOn = today;
        updatedAt = now;
    }

    /** Refuses a change to a de-identified case: what it held is gone, and it stays closed. */
    public void requireIdentified() {
        if (deidentifiedOn != null) {
            throw new InvalidInputException("participant", "was de-identified on " + deidentifiedOn
                    + " under the agency's retention rule and can no longer be changed");
        }
    }

    /**
     * Restricts the record: when {@code allowed} is not empty only those users may reach it, and
     * the {@code excluded} users never may (an exclusion wins over an allowance).
     */
    public void restrict(Set<Long> allowed, Set<Long> excluded) {
        allowedUserIds.clear();
        allowedUserIds.addAll(allowed);
        excludedUserIds.clear();
        excludedUserIds.addAll(excluded);
    }

    /** Whether the user may not reach this record because of its restriction. */
    public boolean isRestrictedFor(Long userId) {
        return excludedUserIds.contains(userId) || (!allowedUserIds.isEmpty() && !allowedUserIds.contains(userId));
    }

    public Set<Long> getAllowedUserIds() {
        return Set.copyOf(allowedUserIds);
    }

    public Set<Long> getExcludedUserIds() {
        return Set.copyOf(excludedUserIds);
    }

    /**
     * Applies new supervision and risk details.
     *
     * @return whether anything changed
     */
    public boolean reviseSupervision(SupervisionDetails details, Instant now) {
        requireIdentified();
        List<Violation> violations = details.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (supervision().equals(details)) {
            return false;
        }
        legalStatus = details.legalStatus();
        responsibleOfficerName = details.responsibleOfficerName();
        responsibleOfficerPhone = details.responsibleOfficerPhone();
        responsibleOfficerEmail = details.responsibleOfficerEmail();
        riskOfSeriousHarm = details.riskOfSeriousHarm();
        publicProtectionLevel = details.publicProtectionLevel();
        licenceConditions = details.licenceConditions();
        exclusionZones = details.exclusionZones();
        languages = details.languages();
        updatedAt = now;
        return true;
    }

    public SupervisionDetails supervision() {
        return new SupervisionDetails(legalStatus, responsibleOfficerName, responsibleOfficerPhone,
                responsibleOfficerEmail, riskOfSeriousHarm, publicProtectionLevel, licenceConditions, exclusionZones,
                languages);
    }

    /** The participant's current details, in the same shape they are given in. */
    public ParticipantDetails details() {
        return new ParticipantDetails(externalRef, justiceId, givenName, familyName, dateOfBirth, gender,
                indigenousStatus, region.getCode(), prison, program.getCode(), referralDate, expectedReleaseDate,
                actualReleaseDate, vulnerabilities, exitDate, exitType);
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

    public String getExternalRef() {
        return externalRef;
    }

    public String getJusticeId() {
        return justiceId;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public Gender getGender() {
        return gender;
    }

    public IndigenousStatus getIndigenousStatus() {
        return indigenousStatus;
    }

    public Region getRegion() {
        return region;
    }

    public String getPrison() {
        return prison;
    }

    public Program getProgram() {
        return program;
    }

    public LocalDate getReferralDate() {
        return referralDate;
    }

    public LocalDate getExpectedReleaseDate() {
        return expectedReleaseDate;
    }

    public LocalDate getActualReleaseDate() {
        return actualReleaseDate;
    }

    public Set<Vulnerability> getVulnerabilities() {
        return Set.copyOf(vulnerabilities);
    }

    public LocalDate getExitDate() {
        return exitDate;
    }

    public ExitType getExitType() {
        return exitType;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
