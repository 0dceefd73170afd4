package org.gatehouse.security;

import jakarta.servlet.http.HttpServletRequest;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Reads the Gatehouse claims of an OpenID Connect token. Kept apart: only this class touches the
 * server's OIDC classes, and it is used only when the principal is an OIDC one, so the application
 * deploys the same without OpenID Connect.
 */
final class OidcClaims {

    static final String PRINCIPAL_CLASS = "org.wildfly.security.http.oidc.OidcPrincipal";

    /** The agency code claim ("agency"), or null. */
    static String agency(HttpServletRequest request) {
        return claim(request, "agency");
    }

    /** The person's name ("name"), or null. */
    static String displayName(HttpServletRequest request) {
        return claim(request, "name");
    }

    private static String claim(HttpServletRequest request, String name) {
        if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> principal)) {
            return null;
        }
        OidcSecurityContext context = principal.getOidcSecurityContext();
        if (context.getIDToken() != null && context.getIDToken().hasClaim(name)) {
            return context.getIDToken().getClaimValueAsString(name);
        }
        return context.getToken() != null && context.getToken().hasClaim(name)
                ? context.getToken().getClaimValueAsString(name) : null;
    }

    private OidcClaims() {
    }
}
