package org.gatehouse.casework;

import java.util.ArrayList;
import java.util.List;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.Texts;
import org.gatehouse.platform.Violation;

/**
 * How the person is supervised and what risk they carry: not part of the import format, kept by
 * staff on the record (legal status after release, the Responsible Officer, risk levels, licence
 * conditions such as exclusion zones, languages spoken). Every field may be unknown.
 */
public record SupervisionDetails(
        LegalStatus legalStatus,
        String responsibleOfficerName,
        String responsibleOfficerPhone,
        String responsibleOfficerEmail,
        RiskOfSeriousHarm riskOfSeriousHarm,
        PublicProtectionLevel publicProtectionLevel,
        String licenceConditions,
        String exclusionZones,
        String languages) {


    public static final SupervisionDetails UNKNOWN = new SupervisionDetails(null, null, null, null, null, null, null,
            null, null);

    public SupervisionDetails {
        responsibleOfficerName = Texts.strippedOrNull(responsibleOfficerName);
        responsibleOfficerPhone = Texts.strippedOrNull(responsibleOfficerPhone);
        responsibleOfficerEmail = Texts.strippedOrNull(responsibleOfficerEmail);
        licenceConditions = Texts.strippedOrNull(licenceConditions);
        exclusionZones = Texts.strippedOrNull(exclusionZones);
        languages = Texts.strippedOrNull(languages);
    }

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        Checks.limit(found, "responsible_officer_name", responsibleOfficerName, 200);
        Checks.limit(found, "licence_conditions", licenceConditions, 2000);
        Checks.limit(found, "exclusion_zones", exclusionZones, 2000);
        Checks.limit(found, "languages", languages, 200);
        Checks.phone(found, "responsible_officer_phone", responsibleOfficerPhone);
        Checks.email(found, "responsible_officer_email", responsibleOfficerEmail);
        return found;
    }
}
