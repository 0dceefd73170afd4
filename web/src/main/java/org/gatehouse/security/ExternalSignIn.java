package org.gatehouse.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Under OpenID Connect, turns the provider's identity into a Gatehouse account: roles are the
 * Gatehouse roles the token grants, the agency is its "agency" claim. Screens do it once per
 * session, API calls (bearer tokens) on every request. A token that makes no valid account is
 * refused with 403 and audited.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ExternalSignIn extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String SYNCED = "org.gatehouse.oidcAccountSynced";

    @Inject
    private Accounts accounts;

    @Inject
    private CallerOfRequest ofRequest;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal != null && principal.getClass().getName().equals(OidcClaims.PRINCIPAL_CLASS)) {
            HttpSession session = request.getSession(false);
            boolean bearer = request.getHeader("Authorization") != null;
            if (bearer || session == null || session.getAttribute(SYNCED) == null) {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (Role role : Role.values()) {
                    if (request.isUserInRole(role.name())) {
                        roles.add(role);
                    }
                }
                Optional<Caller> caller = accounts.provisionExternal(principal.getName(),
                        OidcClaims.displayName(request), OidcClaims.agency(request), roles, request.getRemoteAddr());
                ofRequest.forget(); // the account as the token has just made it
                if (caller.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN,
                            "Your sign-in does not name a Gatehouse role and agency; ask your administrator.");
                    return;
                }
                if (!bearer) {
                    request.getSession(true).setAttribute(SYNCED, Boolean.TRUE);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
