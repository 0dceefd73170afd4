package org.gatehouse.casework;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Messages;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.RestrictedRecordException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.platform.Violation;

/** The create / edit participant screen. What the user typed is kept on every refusal. */
@Named
@ViewScoped
public class ParticipantEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "participant:";

    @Inject
    private ParticipantRegistry registry;

    private Long id;
    private long version;
    /** Entities: not kept when the view is serialised (the next save looks for them again). */
    private transient List<Participant> duplicates = List.of();
    private boolean duplicatesConfirmed;
    private boolean loaded;

    private String externalRef;
    private String justiceId;
    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private Gender gender;
    private IndigenousStatus indigenousStatus;
    private String region;
    private String prison;
    private String program;
    private LocalDate referralDate;
    private LocalDate expectedReleaseDate;
    private LocalDate actualReleaseDate;
    private List<String> vulnerabilities = new ArrayList<>();
    private LocalDate exitDate;
    private ExitType exitType;
    private LegalStatus legalStatus;
    private String responsibleOfficerName;
    private String responsibleOfficerPhone;
    private String responsibleOfficerEmail;
    private RiskOfSeriousHarm riskOfSeriousHarm;
    private PublicProtectionLevel publicProtectionLevel;
    private String licenceConditions;
    private String exclusionZones;
    private String languages;

    /** Called on page load: fills the form from the participant named by the id view parameter. */
    public void load() {
        if (loaded || id == null) {
            return;
        }
        loaded = true;
        try {
            Participant p = registry.participant(id);
            version = p.getVersion();
            ParticipantDetails d = p.details();
            externalRef = d.externalRef();
            justiceId = d.justiceId();
            givenName = d.givenName();
            familyName = d.familyName();
            dateOfBirth = d.dateOfBirth();
            gender = d.gender();
            indigenousStatus = d.indigenousStatus();
            region = d.region();
            prison = d.prison();
            program = d.program();
            referralDate = d.referralDate();
            expectedReleaseDate = d.expectedReleaseDate();
            actualReleaseDate = d.actualReleaseDate();
            vulnerabilities = d.vulnerabilities().stream().sorted().map(Vulnerability::name).toList();
            exitDate = d.exitDate();
            exitType = d.exitType();
            SupervisionDetails supervision = p.supervision();
            legalStatus = supervision.legalStatus();
            responsibleOfficerName = supervision.responsibleOfficerName();
            responsibleOfficerPhone = supervision.responsibleOfficerPhone();
            responsibleOfficerEmail = supervision.responsibleOfficerEmail();
            riskOfSeriousHarm = supervision.riskOfSeriousHarm();
            publicProtectionLevel = supervision.publicProtectionLevel();
            licenceConditions = supervision.licenceConditions();
            exclusionZones = supervision.exclusionZones();
            languages = supervision.languages();

        } catch (RestrictedRecordException restricted) {
            id = null;
            error(null, restricted.getMessage());
        } catch (NotFoundException | AccessDeniedException e) {
            id = null;
            error(null, text("participant.notFound"));
        }
    }

    public String save() {
        ParticipantDetails details = new ParticipantDetails(externalRef, justiceId, givenName, familyName,
                dateOfBirth, gender, indigenousStatus, region, prison, program, referralDate, expectedReleaseDate,
                actualReleaseDate, vulnerabilities.stream().map(Vulnerability::valueOf).collect(Collectors.toSet()),
                exitDate, exitType);
        try {
            if (isNew() && !duplicatesConfirmed) {
                duplicates = registry.possibleDuplicates(details);
                if (!duplicates.isEmpty()) {
                    error(null, text("participant.maybeDuplicate"));
                    return null;
                }
            }
            SupervisionDetails supervision = new SupervisionDetails(legalStatus, responsibleOfficerName,
                    responsibleOfficerPhone, responsibleOfficerEmail, riskOfSeriousHarm, publicProtectionLevel,
                    licenceConditions, exclusionZones, languages);
            Participant saved = isNew() ? registry.register(details, supervision)
                    : registry.revise(id, version, details, supervision);
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().getFlash().setKeepMessages(true);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    text("participant.saved", saved.getGivenName(), saved.getFamilyName(),
                            saved.getExternalRef()), null));
            return "/participants.xhtml?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            for (Violation violation : invalid.getViolations()) {
                error(violation.field() == null ? null : FORM + violation.field(), Messages.describe(violation));
            }
            error(null, text("participant.notSavedCorrect"));
        } catch (StaleRecordException stale) {
            error(null, stale.getMessage());
        } catch (NotFoundException gone) {
            error(null, text("participant.notSavedGone"));
        } catch (AccessDeniedException denied) {
            error(null, text("common.notSaved") + ": " + denied.getMessage());
        }
        return null;
    }

    /** Saves a new participant after the user has seen the possible duplicates and says it is someone else. */
    public String saveAnyway() {
        duplicatesConfirmed = true;
        return save();
    }

    public List<Participant> getDuplicates() {
        return duplicates == null ? List.of() : duplicates;
    }

    private static void error(String clientId, String message) {
        Messages.errorAt(clientId, message);
    }

    public boolean isNew() {
        return id == null;
    }

    public LegalStatus[] getLegalStatuses() {
        return LegalStatus.values();
    }

    public RiskOfSeriousHarm[] getRiskLevels() {
        return RiskOfSeriousHarm.values();
    }

    public PublicProtectionLevel[] getProtectionLevels() {
        return PublicProtectionLevel.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public IndigenousStatus[] getIndigenousStatuses() {
        return IndigenousStatus.values();
    }

    public Vulnerability[] getAllVulnerabilities() {
        return Vulnerability.values();
    }


    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public void setExternalRef(String externalRef) {
        this.externalRef = externalRef;
    }

    public String getJusticeId() {
        return justiceId;
    }

    public void setJusticeId(String justiceId) {
        this.justiceId = justiceId;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public IndigenousStatus getIndigenousStatus() {
        return indigenousStatus;
    }

    public void setIndigenousStatus(IndigenousStatus indigenousStatus) {
        this.indigenousStatus = indigenousStatus;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPrison() {
        return prison;
    }

    public void setPrison(String prison) {
        this.prison = prison;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public LocalDate getReferralDate() {
        return referralDate;
    }

    public void setReferralDate(LocalDate referralDate) {
        this.referralDate = referralDate;
    }

    public LocalDate getExpectedReleaseDate() {
        return expectedReleaseDate;
    }

    public void setExpectedReleaseDate(LocalDate expectedReleaseDate) {
        this.expectedReleaseDate = expectedReleaseDate;
    }

    public LocalDate getActualReleaseDate() {
        return actualReleaseDate;
    }

    public void setActualReleaseDate(LocalDate actualReleaseDate) {
        this.actualReleaseDate = actualReleaseDate;
    }

    public List<String> getVulnerabilities() {
        return vulnerabilities;
    }

    public void setVulnerabilities(List<String> vulnerabilities) {
        this.vulnerabilities = vulnerabilities == null ? new ArrayList<>() : new ArrayList<>(vulnerabilities);
    }

    public LocalDate getExitDate() {
        return exitDate;
    }

    public void setExitDate(LocalDate exitDate) {
        this.exitDate = exitDate;
    }

    public ExitType getExitType() {
        return exitType;
    }

    public void setExitType(ExitType exitType) {
        this.exitType = exitType;
    }

    public LegalStatus getLegalStatus() {
        return legalStatus;
    }

    public void setLegalStatus(LegalStatus legalStatus) {
        this.legalStatus = legalStatus;
    }

    public String getResponsibleOfficerName() {
        return responsibleOfficerName;
    }

    public void setResponsibleOfficerName(String responsibleOfficerName) {
        this.responsibleOfficerName = responsibleOfficerName;
    }

    public String getResponsibleOfficerPhone() {
        return responsibleOfficerPhone;
    }

    public void setResponsibleOfficerPhone(String responsibleOfficerPhone) {
        this.responsibleOfficerPhone = responsibleOfficerPhone;
    }

    public String getResponsibleOfficerEmail() {
        return responsibleOfficerEmail;
    }

    public void setResponsibleOfficerEmail(String responsibleOfficerEmail) {
        this.responsibleOfficerEmail = responsibleOfficerEmail;
    }

    public RiskOfSeriousHarm getRiskOfSeriousHarm() {
        return riskOfSeriousHarm;
    }

    public void setRiskOfSeriousHarm(RiskOfSeriousHarm riskOfSeriousHarm) {
        this.riskOfSeriousHarm = riskOfSeriousHarm;
    }

    public PublicProtectionLevel getPublicProtectionLevel() {
        return publicProtectionLevel;
    }

    public void setPublicProtectionLevel(PublicProtectionLevel publicProtectionLevel) {
        this.publicProtectionLevel = publicProtectionLevel;
    }

    public String getLicenceConditions() {
        return licenceConditions;
    }

    public void setLicenceConditions(String licenceConditions) {
        this.licenceConditions = licenceConditions;
    }

    public String getExclusionZones() {
        return exclusionZones;
    }

    public void setExclusionZones(String exclusionZones) {
        this.exclusionZones = exclusionZones;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }
}
