package org.gatehouse.agency;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The agency whose records the screens show. Until sign-in exists (the security issue) the user
 * picks it; after it, it will be the signed-in user's own agency and this choice goes away.
 */
@Named
@SessionScoped
public class AgencyContext implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AgencyDirectory directory;

    private String agencyCode;

    public String getAgencyCode() {
        if (agencyCode == null) {
            agencyCode = agencies().stream().findFirst().map(Agency::getCode).orElse(null);
        }
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public List<Agency> agencies() {
        return directory.agencies();
    }

    public List<Region> regions() {
        return directory.findAgency(getAgencyCode()).map(directory::regions).orElse(List.of());
    }

    public List<Program> programs() {
        return directory.findAgency(getAgencyCode()).map(directory::programs).orElse(List.of());
    }
}
