package org.gatehouse.outcomes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.agency.AgencyContext;
import org.gatehouse.casework.CaseView;
import org.gatehouse.outcomes.OutcomeCheckpoints.Checkpoint;
import org.gatehouse.platform.Messages;

/**
 * The outcome checkpoints section of the case page (case workers and coordinators): each checkpoint
 * with its dates and state, what was recorded, and the form for the one open today.
 */
@Named
@ViewScoped
public class CaseCheckpointsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OutcomeCheckpoints checkpoints;

    @Inject
    private transient AgencyContext context;

    @Inject
    private CaseView caseView;

    private transient List<Checkpoint> all;
    private Accommodation accommodation;
    private Occupation occupation;
    private Treatment treatment;
    private Answer gpRegistered;
    private Answer benefitsInPayment;
    private Answer idHeld;
    private Answer familyContact;

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

    public void record() {
        Messages.attempt("Not recorded", () -> {
            OutcomeCheckpoint recorded = checkpoints.record(caseView.getId(), new CheckpointAnswers(accommodation,
                    occupation, treatment, gpRegistered, benefitsInPayment, idHeld, familyContact));
            Messages.info("Outcomes recorded for the checkpoint due " + recorded.getDueOn() + ".");
            accommodation = null;
            occupation = null;
            treatment = null;
            gpRegistered = null;
            benefitsInPayment = null;
            idHeld = null;
            familyContact = null;
            all = null;
        });
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
