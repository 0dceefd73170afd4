package org.gatehouse.security;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;

/** Changing one's own password (and replacing a one-time password at first sign-in). */
@Named
@RequestScoped
public class ChangePasswordView {

    @Inject
    private Accounts accounts;

    @Inject
    private Callers callers;

    private String current;
    private String replacement;
    private String repeated;

    public String change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (replacement == null || !replacement.equals(repeated)) {
            faces.addMessage("password:repeated", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    text("password.differ"), null));
            return null;
        }
        try {
            accounts.changeOwnPassword(callers.current().username(), current == null ? new char[0]
                    : current.toCharArray(), replacement);
        } catch (InvalidInputException invalid) {
            for (Violation v : invalid.getViolations()) {
                String field = "current_password".equals(v.field()) ? "password:current" : "password:replacement";
                faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        text("password.refused", v.message()), null));
            }
            return null;
        } finally {
            current = null;
            replacement = null;
            repeated = null;
        }
        HttpSession session = (HttpSession) faces.getExternalContext().getSession(false);
        if (session != null) {
            session.removeAttribute(GatehouseAuthentication.MUST_CHANGE_PASSWORD);
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text("password.changed"), null));
        return "/index.xhtml?faces-redirect=true";
    }

    public boolean isMustChange() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session != null && session.getAttribute(GatehouseAuthentication.MUST_CHANGE_PASSWORD) != null;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
