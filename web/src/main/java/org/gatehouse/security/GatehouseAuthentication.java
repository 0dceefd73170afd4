package org.gatehouse.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one way in. Screens: the sign-in page hands the credentials over, the session id is renewed
 * and the session remembers the user until it has been idle too long or has lived too long. API:
 * HTTP Basic on every request, no session. Everything else protected sends a screen user to the
 * sign-in page; the API is left to answer 401 itself ({@link ApiSignInRequired}), so that its
 * answer is a problem body rather than the container's error page.
 */
@ApplicationScoped
public class GatehouseAuthentication implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PAGE = "/signin.xhtml";
    public static final String PASSWORD_PAGE = "/password.xhtml";
    /** Session flag: signed in with a one-time password that must be replaced first. */
    public static final String MUST_CHANGE_PASSWORD = "org.gatehouse.mustChangePassword";

    @Inject
    private Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters() == null ? null
                : context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            return signInFromScreen(request, context, password);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return signInFromApi(request, response, context, authorization.substring(6).strip());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInSession.ATTRIBUTE) instanceof SignedInSession signedIn) {
            if (Instant.now().isAfter(signedIn.signedInAt().plus(SessionLimits.absolute()))
                    || accounts.find(signedIn.username()).filter(UserAccount::isEnabled).isEmpty()) {
                // the sign-in ends, not the session: invalidating it here left Weld unable to end this
                // request's contexts (WELD-000717, one left active on the worker thread). Signing in again
                // renews the session id.
                session.removeAttribute(SignedInSession.ATTRIBUTE);
                session.removeAttribute(MUST_CHANGE_PASSWORD);
                return notSignedIn(request, response, context, "expired");
            }
            if (session.getAttribute(MUST_CHANGE_PASSWORD) != null && context.isProtected()
                    && !request.getRequestURI().equals(request.getContextPath() + PASSWORD_PAGE)) {
                // a one-time password opens only the page that replaces it
                return redirect(response, request.getContextPath() + PASSWORD_PAGE);
            }
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.roles());
        }
        return notSignedIn(request, response, context, null);
    }

    private AuthenticationStatus signInFromScreen(HttpServletRequest request, HttpMessageContext context,
                                                  UsernamePasswordCredential credential) {
        SignInResult result = accounts.signIn(credential.getCaller(), credential.getPassword().getValue(),
                request.getRemoteAddr(), true);
        if (!result.succeeded()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // a new session id at sign-in: an id planted before sign-in is worth nothing after it
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session = request.getSession(false);
        Set<String> roles = roleNames(result.caller());
        session.setAttribute(SignedInSession.ATTRIBUTE,
                new SignedInSession(result.caller().username(), roles, Instant.now()));
        session.setMaxInactiveInterval((int) SessionLimits.idle().toSeconds());
        if (result.mustChangePassword()) {
            session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
        }
        return context.notifyContainerAboutLogin(result.caller().username(), roles);
    }

    private AuthenticationStatus signInFromApi(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        if (colon > 0) {
            SignInResult result = accounts.signIn(decoded.substring(0, colon),
                    decoded.substring(colon + 1).toCharArray(), request.getRemoteAddr(), false);
            if (result.succeeded()) {
                return context.notifyContainerAboutLogin(result.caller().username(), roleNames(result.caller()));
            }
        }
        // the failure is audited; the API answers 401 itself (ApiSignInRequired)
        return context.doNothing();
    }

    private AuthenticationStatus notSignedIn(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context, String reason) {
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String next = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String target = request.getContextPath() + SIGN_IN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
                + (reason == null ? "" : "&reason=" + reason);
        return redirect(response, target);
    }

    private static AuthenticationStatus redirect(HttpServletResponse response, String target) {
        try {
            response.sendRedirect(target);
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static Set<String> roleNames(Caller caller) {
        return caller.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
