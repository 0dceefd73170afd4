package org.gatehouse.mentoring;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantFilter;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.ParticipantSort;
import org.gatehouse.platform.Messages;
import org.gatehouse.platform.ScreenWords;

/** One mentor: the record (new or edited), their lifecycle, and their vetting checks. */
@Named
@ViewScoped
public class MentorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MentorRegistry registry;

    @Inject
    private MentorTraining trainingService;

    @Inject
    private ParticipantRegistry participants;

    @Inject
    private ScreenWords words;

    private Long id;
    private boolean loaded;
    private transient Mentor mentor;
    private transient List<VettingCheck> checks;
    private transient VettingStatus vetting;
    private transient TrainingStatus training;

    private String region;
    private String givenName;
    private String familyName;
    private String email;
    private String phone;
    private Gender gender;
    private MentorType type;
    private String languages;
    private String culturalBackground;
    private boolean canDrive;
    private int capacity = 2;
    private List<String> availability = new ArrayList<>();
    private LocalDate ownReleaseDate;
    private Long formerParticipantId;
    private String formerParticipantRef;
    private String accountUsername;
    private MentorStatus nextStatus;
    private String reason;
    private Long checkTypeId;
    private LocalDate completedOn;
    private LocalDate expiresOn;

    /** On page load: an audited read of the mentor, whose details fill the form. */
    public void load() {
        if (loaded || id == null) {
            return;
        }
        loaded = true;
        try {
            show(registry.mentor(id));
            MentorDetails d = mentor.details();
            region = d.region();
            givenName = d.givenName();
            familyName = d.familyName();
            email = d.email();
            phone = d.phone();
            gender = d.gender();
            type = d.type();
            languages = d.languages();
            culturalBackground = d.culturalBackground();
            canDrive = d.canDrive();
            capacity = d.capacity();
            availability = d.availability().stream().map(WeeklySlot::name).sorted().collect(Collectors.toList());
            ownReleaseDate = d.ownReleaseDate();
            formerParticipantId = d.formerParticipantId();
            formerParticipantRef = mentor.getFormerParticipant() == null ? null
                    : mentor.getFormerParticipant().getExternalRef();
            accountUsername = mentor.getAccount() == null ? null : mentor.getAccount().getUsername();
        } catch (RuntimeException refusal) {
            id = null;
            Messages.refused(text("mentor.cannotOpen"), refusal);
        }
    }

    /** After the view was restored from a serialised session (its records are transient), they are read again. */
    private void reloadIfRestored() {
        if (loaded && id != null && mentor == null) {
            show(registry.mentor(id));
        }
    }

    private void show(Mentor current) {
        mentor = current;
        checks = registry.checks(current.getId());
        vetting = registry.vetting(current.getId());
        training = trainingService.trainingOf(current.getId());
    }

    public String save() {
        reloadIfRestored();
        if (!resolveFormerParticipant()) {
            return null;
        }
        MentorDetails details = new MentorDetails(region, givenName, familyName, email, phone, gender, type,
                languages, culturalBackground, canDrive, capacity,
                availability.stream().map(WeeklySlot::valueOf).collect(Collectors.toSet()), ownReleaseDate,
                formerParticipantId);
        try {
            Mentor saved = id == null ? registry.register(details) : registry.revise(id, mentor.getVersion(), details);
            Messages.info(text("mentor.saved", saved.getGivenName(), saved.getFamilyName()));
            Messages.keepAfterRedirect();
            return "/mentor.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (RuntimeException refusal) {
            Messages.refused(text("common.notSaved"), refusal);
            return null;
        }
    }

    /** The former participant is typed as their reference; false (with a message) when there is none such. */
    private boolean resolveFormerParticipant() {
        String ref = formerParticipantRef == null ? null : formerParticipantRef.strip();
        if (ref == null || ref.isEmpty()) {
            formerParticipantId = null;
            return true;
        }
        Optional<Participant> found = participants.list(new ParticipantFilter(null, ref, null, null, null, null),
                ParticipantSort.FAMILY_NAME, true, 0, 20).stream().filter(p -> p.getExternalRef().equalsIgnoreCase(ref))
                .findFirst();
        if (found.isEmpty()) {
            Messages.errorAt("mentor:former_participant", text("mentor.noSuchFormerParticipant", ref));
            return false;
        }
        formerParticipantId = found.get().getId();
        return true;
    }

    public void linkAccount() {
        reloadIfRestored();
        Messages.attempt(text("mentor.accountNotLinked"), () -> {
            show(registry.linkAccount(id, mentor.getVersion(), accountUsername));
            Messages.info(mentor.getAccount() == null ? text("mentor.noSignIn")
                    : text("mentor.signsInAs", mentor.getAccount().getUsername()));
        });
    }

    public void moveOn() {
        reloadIfRestored();
        try {
            show(registry.moveTo(id, mentor.getVersion(), nextStatus, reason));
            Messages.info(text("mentor.statusChanged", words.labelInSentence(mentor.getStatus())));
            nextStatus = null;
            reason = null;
        } catch (RuntimeException refusal) {
            Messages.refused(text("mentor.statusNotChanged"), refusal);
        }
    }

    public void recordCheck() {
        try {
            if (checkTypeId == null) {
                Messages.error(text("mentor.chooseCheck"));
                return;
            }
            registry.recordCheck(id, checkTypeId, completedOn, expiresOn);
            show(mentor);
            Messages.info(text("mentor.checkRecorded"));
            checkTypeId = null;
            completedOn = null;
            expiresOn = null;
        } catch (RuntimeException refusal) {
            Messages.refused(text("mentor.checkNotRecorded"), refusal);
        }
    }

    public String getFormerParticipantRef() {
        return formerParticipantRef;
    }

    public void setFormerParticipantRef(String formerParticipantRef) {
        this.formerParticipantRef = formerParticipantRef;
    }

    public String getAccountUsername() {
        return accountUsername;
    }

    public void setAccountUsername(String accountUsername) {
        this.accountUsername = accountUsername;
    }

    public boolean isNew() {
        return id == null;
    }

    public Mentor getMentor() {
        reloadIfRestored();
        return mentor;
    }

    public List<VettingCheck> getChecks() {
        reloadIfRestored();
        return checks;
    }

    public VettingStatus getVetting() {
        reloadIfRestored();
        return vetting;
    }

    /** The expired checks in words ("Police check (expired 1 Jan 2026)"), for the vetting line. */
    public List<String> getExpired() {
        reloadIfRestored();
        return vetting == null ? List.of() : vetting.expired().stream()
                .map(e -> text("mentor.checkExpired", e.check(), words.day(e.expiresOn()))).toList();
    }

    /** The checks expiring soon in words ("Police check (expires 1 Mar 2026)"). */
    public List<String> getExpiringSoon() {
        reloadIfRestored();
        return vetting == null ? List.of() : vetting.expiringSoon().stream()
                .map(e -> text("mentor.checkExpiring", e.check(), words.day(e.expiresOn()))).toList();
    }

    public TrainingStatus getTraining() {
        reloadIfRestored();
        return training;
    }

    public List<CheckType> getCheckTypes() {
        return registry.checkTypes();
    }

    public List<MentorStatus> getNextStatuses() {
        return mentor == null ? List.of() : mentor.getStatus().next().stream().sorted().toList();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public MentorType[] getTypes() {
        return MentorType.values();
    }

    public WeeklySlot[] getSlots() {
        return WeeklySlot.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public MentorType getType() {
        return type;
    }

    public void setType(MentorType type) {
        this.type = type;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getCulturalBackground() {
        return culturalBackground;
    }

    public void setCulturalBackground(String culturalBackground) {
        this.culturalBackground = culturalBackground;
    }

    public boolean isCanDrive() {
        return canDrive;
    }

    public void setCanDrive(boolean canDrive) {
        this.canDrive = canDrive;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public List<String> getAvailability() {
        return availability;
    }

    public void setAvailability(List<String> availability) {
        this.availability = availability;
    }

    public LocalDate getOwnReleaseDate() {
        return ownReleaseDate;
    }

    public void setOwnReleaseDate(LocalDate ownReleaseDate) {
        this.ownReleaseDate = ownReleaseDate;
    }

    public Long getFormerParticipantId() {
        return formerParticipantId;
    }

    public void setFormerParticipantId(Long formerParticipantId) {
        this.formerParticipantId = formerParticipantId;
    }

    public MentorStatus getNextStatus() {
        return nextStatus;
    }

    public void setNextStatus(MentorStatus nextStatus) {
        this.nextStatus = nextStatus;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getCheckTypeId() {
        return checkTypeId;
    }

    public void setCheckTypeId(Long checkTypeId) {
        this.checkTypeId = checkTypeId;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
