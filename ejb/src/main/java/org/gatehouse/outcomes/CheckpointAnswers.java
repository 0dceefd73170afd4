package org.gatehouse.outcomes;

import java.util.ArrayList;
import java.util.List;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.Violation;

/**
 * What a checkpoint asks, every answer required ("not known" is an answer): accommodation;
 * education, training and employment; treatment; GP registration; benefits in payment; ID held;
 * contact with family.
 */
public record CheckpointAnswers(Accommodation accommodation, Occupation occupation, Treatment treatment,
                                Answer gpRegistered, Answer benefitsInPayment, Answer idHeld, Answer familyContact) {

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        Checks.required(found, "accommodation", accommodation);
        Checks.required(found, "occupation", occupation);
        Checks.required(found, "treatment", treatment);
        Checks.required(found, "gp_registered", gpRegistered);
        Checks.required(found, "benefits_in_payment", benefitsInPayment);
        Checks.required(found, "id_held", idHeld);
        Checks.required(found, "family_contact", familyContact);
        return found;
    }
}
