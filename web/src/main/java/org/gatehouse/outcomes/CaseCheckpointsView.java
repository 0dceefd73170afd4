package org.gatehouse.outcomes;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.agency.AgencyContext;
import org.gatehouse.casework.CaseView;
import org.gatehouse.outcomes.OutcomeCheckpoints.Checkpoint;
import org.gatehouse.platform.Messages;
import org.gatehouse.platform.ScreenWords;

/**
 * The outcome checkpoints section of the case page (case workers and coordinators): each checkpoint
 * with its dates and state, what was recorded, and the form for the one open today.
 */
@Named
@ViewScoped
public class CaseCheckpointsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutcomeCheckpoints checkpoints;

    @Inject
    private AgencyContext context;

    @Inject
    private CaseView caseView;

    @Inject
    private ScreenWords words;

    private transient List<Checkpoint> all;
    private Accommodation accommodation;
    private Occupation occupation;
    private Treatment treatment;
    private Answer gpRegistered;
    private Answer benefitsInPayment;
    private Answer idHeld;
    private Answer familyContact;
    private Long correctingId;
    private long correctingVersion;

    /** Read with the case (in its transaction). */
    void read(@Observes CaseView.Read read) {
        all = read.staff() ? checkpoints.ofCase(read.caseId()) : List.of();
    }

    public List<Checkpoint> getAll() {
        if (all == null) {
            all = caseView.getId() == null || !context.can("COORDINATOR,CASE_WORKER") ? List.of()
                    : checkpoints.ofCase(caseView.getId());
        }
        return all;
    }

    /** The checkpoint open today, if any. */
    public Checkpoint getOpen() {
        return getAll().stream().filter(Checkpoint::isOpen).findFirst().orElse(null);
    }

    /** Records the open checkpoint, or saves the correction of the one being corrected. */
    public void record() {
        Messages.attempt(correctingId == null ? text("common.notRecorded") : text("case.notCorrected"), () -> {
            CheckpointAnswers answers = new CheckpointAnswers(accommodation, occupation, treatment, gpRegistered,
                    benefitsInPayment, idHeld, familyContact);
            OutcomeCheckpoint saved = correctingId == null ? checkpoints.record(caseView.getId(), answers)
                    : checkpoints.correct(correctingId, correctingVersion, answers);
            String due = words.day(saved.getDueOn());
            Messages.info(correctingId == null ? text("case.outcomesRecorded", due)
                    : text("case.outcomesCorrected", due));
            clear();
            caseView.changed();
        });
    }

    /** Puts what was recorded at the checkpoint in the form, to correct it. */
    public void correct(OutcomeCheckpoint recorded) {
        correctingId = recorded.getId();
        correctingVersion = recorded.getVersion();
        CheckpointAnswers a = recorded.answers();
        accommodation = a.accommodation();
        occupation = a.occupation();
        treatment = a.treatment();
        gpRegistered = a.gpRegistered();
        benefitsInPayment = a.benefitsInPayment();
        idHeld = a.idHeld();
        familyContact = a.familyContact();
    }

    public void clear() {
        correctingId = null;
        accommodation = null;
        occupation = null;
        treatment = null;
        gpRegistered = null;
        benefitsInPayment = null;
        idHeld = null;
        familyContact = null;
        all = null;
    }

    public boolean isCorrecting() {
        return correctingId != null;
    }

    public Accommodation[] getAccommodations() {
        return Accommodation.values();
    }

    public Occupation[] getOccupations() {
        return Occupation.values();
    }

    public Treatment[] getTreatments() {
        return Treatment.values();
    }

    public Answer[] getAnswers() {
        return Answer.values();
    }

    public Accommodation getAccommodation() {
        return accommodation;
    }

    public void setAccommodation(Accommodation accommodation) {
        this.accommodation = accommodation;
    }

    public Occupation getOccupation() {
        return occupation;
    }

    public void setOccupation(Occupation occupation) {
        this.occupation = occupation;
    }

    public Treatment getTreatment() {
        return treatment;
    }

    public void setTreatment(Treatment treatment) {
        this.treatment = treatment;
    }

    public Answer getGpRegistered() {
        return gpRegistered;
    }

    public void setGpRegistered(Answer gpRegistered) {
        this.gpRegistered = gpRegistered;
    }

    public Answer getBenefitsInPayment() {
        return benefitsInPayment;
    }

    public void setBenefitsInPayment(Answer benefitsInPayment) {
        this.benefitsInPayment = benefitsInPayment;
    }

    public Answer getIdHeld() {
        return idHeld;
    }

    public void setIdHeld(Answer idHeld) {
        this.idHeld = idHeld;
    }

    public Answer getFamilyContact() {
        return familyContact;
    }

    public void setFamilyContact(Answer familyContact) {
        this.familyContact = familyContact;
    }
}
