package org.gatehouse.partners;

import java.util.ArrayList;
import java.util.List;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.Texts;
import org.gatehouse.platform.Violation;

/** A partner service as the directory screen gives it: where, what, and how to reach it. */
public record PartnerDetails(String region, String name, ServiceKind kind, String contactName, String phone,
                             String email, String address) {

    public PartnerDetails {
        region = Texts.strippedOrNull(region);
        name = Texts.strippedOrNull(name);
        contactName = Texts.strippedOrNull(contactName);
        phone = Texts.strippedOrNull(phone);
        email = Texts.strippedOrNull(email);
        address = Texts.strippedOrNull(address);
    }

    /** Every rule the details break (whether the region is the agency's is checked by the directory). */
    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        Checks.line(found, "region", region, 32, true);
        Checks.line(found, "name", name, 200, true);
        Checks.required(found, "kind", kind);
        Checks.line(found, "contact_name", contactName, 200, false);
        Checks.phone(found, "phone", phone);
        Checks.email(found, "email", email);
        Checks.line(found, "address", address, 300, false);
        return found;
    }
}
