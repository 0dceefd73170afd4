package org.gatehouse.security;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The sign-in page. */
@Named
@RequestScoped
public class SignInView {

    @Inject
    private SecurityContext security;

    private String username;
    private String password;
    private String next;
    private String reason;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("signin.failed",
                    Accounts.maxAttempts(), Accounts.lockDuration().toMinutes()), null));
        }
    }

    /** Only a path inside the application: never an open redirect to another site. */
    private String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith(GatehouseAuthentication.SIGN_IN_PAGE)) {
            return "/";
        }
        return next;
    }

    public String getNotice() {
        if ("expired".equals(reason)) {
            return text("signin.expired");
        }
        if ("signedout".equals(reason)) {
            return text("signin.signedOut");
        }
        return null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
