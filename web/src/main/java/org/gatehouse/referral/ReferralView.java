package org.gatehouse.referral;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.consent.Consent;
import org.gatehouse.consent.ConsentRecords;
import org.gatehouse.consent.ConsentScope;
import org.gatehouse.platform.Messages;
import org.gatehouse.security.Callers;

/**
 * One referral: received on the new-referral form, then taken through intake (region, eligibility
 * vulnerabilities, consent) to a decision. What was typed is kept on every refusal.
 */
@Named
@ViewScoped
public class ReferralView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReferralDesk desk;

    @Inject
    private ConsentRecords consentRecords;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Callers callers;

    private Long id;
    private boolean loaded;
    private transient Referral referral;
    private transient List<Consent> consents;
    private transient List<Participant> duplicates;

    // receipt
    private ReferralSource source;
    private String referrer;
    private LocalDate receivedOn;
    private String region;
    private String justiceId;
    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private Gender gender;
    private String prison;
    private LocalDate expectedReleaseDate;
    // intake
    private String intakeRegion;
    private List<String> vulnerabilities = new ArrayList<>();
    private ConsentScope consentScope;
    private String consentPartner;
    private LocalDate consentOn;
    // decision
    private String program;
    private String externalRef;
    private String enrolJusticeId;
    private DeclineReason declineReason;
    private String note;
    private String onwardAgency;
    private String onwardPartner;

    public void load() {
        if (loaded || id == null) {
            return;
        }
        loaded = true;
        try {
            refresh(desk.referral(id));
            intakeRegion = referral.getRegion() == null ? null : referral.getRegion().getCode();
            vulnerabilities = referral.getVulnerabilities().stream().sorted().map(Vulnerability::name)
                    .collect(Collectors.toList());
        } catch (RuntimeException refusal) {
            id = null;
            Messages.refused(text("referral.cannotOpen"), refusal);
        }
    }

    /** After the view was restored from a serialised session (its records are transient), they are read again. */
    private void reloadIfRestored() {
        if (loaded && id != null && referral == null) {
            refresh(desk.referral(id));
        }
    }

    /** Shows the referral as the last action left it (no second audited read). */
    private void refresh(Referral current) {
        referral = current;
        consents = consentRecords.ofReferral(id);
        duplicates = referral.isAwaitingDecision() ? desk.possibleDuplicates(id) : List.of();
    }

    public String receive() {
        try {
            Referral received = desk.receive(new ReferralDetails(source, referrer, receivedOn, region, justiceId,
                    givenName, familyName, dateOfBirth, gender, prison, expectedReleaseDate));
            Messages.info(text("referral.recorded", received.getLeadTimeDays()));
            Messages.keepAfterRedirect();
            return "/referral.xhtml?faces-redirect=true&id=" + received.getId();
        } catch (RuntimeException refusal) {
            Messages.refused(text("common.notRecorded"), refusal);
            return null;
        }
    }

    public void intake() {
        reloadIfRestored();
        act(text("referral.intakeNotSaved"), () -> {
            Referral done = desk.intake(id, referral.getVersion(), intakeRegion,
                    vulnerabilities.stream().map(Vulnerability::valueOf).collect(Collectors.toSet()));
            Messages.info(text("referral.intakeSaved"));
            return done;
        });
    }

    public void giveConsent() {
        act(text("referral.consentNotRecorded"), () -> {
            consentRecords.giveOnReferral(id, consentScope, consentPartner, consentOn);
            Messages.info(text("referral.consentRecorded"));
            consentScope = null;
            consentPartner = null;
            consentOn = null;
            return referral;
        });
    }

    public String accept() {
        reloadIfRestored();
        try {
            Participant enrolled = desk.accept(id, referral.getVersion(), program, externalRef, enrolJusticeId);
            Messages.info(text("referral.accepted", enrolled.getGivenName(), enrolled.getFamilyName(),
                    enrolled.getProgram().getName()));
            Messages.keepAfterRedirect();
            return "/case.xhtml?faces-redirect=true&id=" + enrolled.getId();
        } catch (RuntimeException refusal) {
            Messages.refused(text("common.notAccepted"), refusal);
            return null;
        }
    }

    public void decline() {
        reloadIfRestored();
        act(text("referral.notDeclined"), () -> {
            Referral done = desk.decline(id, referral.getVersion(), declineReason, note);
            Messages.info(text("referral.declined"));
            return done;
        });
    }

    public void referOnward() {
        reloadIfRestored();
        act(text("referral.notReferredOnward"), () -> {
            Referral done = desk.referOnward(id, referral.getVersion(), onwardAgency, onwardPartner, note);
            Messages.info(text("referral.referredOnward", done.getOnwardTo()));
            return done;
        });
    }

    /** Runs an action that returns the referral as it left it; on refusal the referral is shown as it was. */
    private void act(String refusedPrefix, Supplier<Referral> action) {
        try {
            refresh(action.get());
        } catch (RuntimeException refusal) {
            Messages.refused(refusedPrefix, refusal);
        }
    }

    public Referral getReferral() {
        reloadIfRestored();
        return referral;
    }

    public List<Consent> getConsents() {
        reloadIfRestored();
        return consents;
    }

    public List<Participant> getDuplicates() {
        reloadIfRestored();
        return duplicates;
    }

    public List<Agency> getOtherAgencies() {
        String own = callers.current().agencyCode();
        return agencies.agencies().stream().filter(a -> !a.getCode().equals(own)).toList();
    }

    public ReferralSource[] getSources() {
        return ReferralSource.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public Vulnerability[] getAllVulnerabilities() {
        return Vulnerability.values();
    }

    public ConsentScope[] getConsentScopes() {
        return ConsentScope.values();
    }

    public DeclineReason[] getDeclineReasons() {
        return DeclineReason.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReferralSource getSource() {
        return source;
    }

    public void setSource(ReferralSource source) {
        this.source = source;
    }

    public String getReferrer() {
        return referrer;
    }

    public void setReferrer(String referrer) {
        this.referrer = referrer;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
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

    public String getPrison() {
        return prison;
    }

    public void setPrison(String prison) {
        this.prison = prison;
    }

    public LocalDate getExpectedReleaseDate() {
        return expectedReleaseDate;
    }

    public void setExpectedReleaseDate(LocalDate expectedReleaseDate) {
        this.expectedReleaseDate = expectedReleaseDate;
    }

    public String getIntakeRegion() {
        return intakeRegion;
    }

    public void setIntakeRegion(String intakeRegion) {
        this.intakeRegion = intakeRegion;
    }

    public List<String> getVulnerabilities() {
        return vulnerabilities;
    }

    public void setVulnerabilities(List<String> vulnerabilities) {
        this.vulnerabilities = vulnerabilities;
    }

    public ConsentScope getConsentScope() {
        return consentScope;
    }

    public void setConsentScope(ConsentScope consentScope) {
        this.consentScope = consentScope;
    }

    public String getConsentPartner() {
        return consentPartner;
    }

    public void setConsentPartner(String consentPartner) {
        this.consentPartner = consentPartner;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public void setConsentOn(LocalDate consentOn) {
        this.consentOn = consentOn;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public void setExternalRef(String externalRef) {
        this.externalRef = externalRef;
    }

    public String getEnrolJusticeId() {
        return enrolJusticeId;
    }

    public void setEnrolJusticeId(String enrolJusticeId) {
        this.enrolJusticeId = enrolJusticeId;
    }

    public DeclineReason getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(DeclineReason declineReason) {
        this.declineReason = declineReason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getOnwardAgency() {
        return onwardAgency;
    }

    public void setOnwardAgency(String onwardAgency) {
        this.onwardAgency = onwardAgency;
    }

    public String getOnwardPartner() {
        return onwardPartner;
    }

    public void setOnwardPartner(String onwardPartner) {
        this.onwardPartner = onwardPartner;
    }
}
