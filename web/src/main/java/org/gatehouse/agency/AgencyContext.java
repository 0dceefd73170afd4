package org.gatehouse.agency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;
import org.gatehouse.security.Role;

/** The signed-in user as the screens need them: their agency (with its regions and programs) and roles. */
@Named
@RequestScoped
public class AgencyContext {

    @Inject
    private AgencyDirectory directory;

    @Inject
    private Callers callers;

    private Caller caller;
    /** The agency's name, once a request (the menu asks for it twice on every page). */
    private Optional<String> agencyName;

    public Caller getCaller() {
        if (caller == null) {
            caller = callers.current();
        }
        return caller;
    }

    public String getAgencyName() {
        if (agencyName == null) {
            String code = getCaller().agencyCode();
            agencyName = code == null ? Optional.empty() : directory.findAgency(code).map(Agency::getName);
        }
        return agencyName.orElse(null);
    }

    public List<Region> regions() {
        String code = getCaller().agencyCode();
        return code == null ? List.of() : directory.findAgency(code).map(directory::regions).orElse(List.of());
    }

    public List<Program> programs() {
        String code = getCaller().agencyCode();
        return code == null ? List.of() : directory.findAgency(code).map(directory::programs).orElse(List.of());
    }

    /** For the menu: whether the user holds any of the named roles. */
    public boolean can(String roles) {
        for (String role : roles.split(",")) {
            if (getCaller().has(Role.valueOf(role.strip()))) {
                return true;
            }
        }
        return false;
    }
}
