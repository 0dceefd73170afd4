package org.gatehouse.security;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.agency.Agency;
import org.gatehouse.platform.InvalidInputException;

/** The system administrator's screen: agencies, and a new agency with its first administrator. */
@Named
@ViewScoped
public class AgencyAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAdministration administration;

    private String code;
    private String name;
    private String adminUsername;
    private String adminName;
    private String adminEmail;

    public List<Agency> getAgencies() {
        return administration.agencies();
    }

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            NewAccount admin = administration.createAgency(code, name, adminUsername, adminName, adminEmail);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    text("agencies.created", code, admin.username(), admin.temporaryPassword()), null));
            code = name = adminUsername = adminName = adminEmail = null;
        } catch (InvalidInputException invalid) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    text("agencies.notCreated", invalid.getMessage()), null));
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String adminUsername) {
        this.adminUsername = adminUsername;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }
}
