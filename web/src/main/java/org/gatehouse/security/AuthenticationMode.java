package org.gatehouse.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;

/**
 * Chooses how users sign in, at deployment: the application's own mechanism (users in the
 * database, the default) or OpenID Connect through WildFly's elytron-oidc-client
 * ({@code -Dgatehouse.auth=oidc} with a secure-deployment for gatehouse-web.war, see
 * docs/SECURITY.md). Under OpenID Connect the own mechanism must not exist at all: Jakarta Security
 * would otherwise install it in front of the server's OIDC mechanism.
 */
public class AuthenticationMode implements Extension {

    public static boolean isOidc() {
        return "oidc".equalsIgnoreCase(System.getProperty("gatehouse.auth"));
    }

    <T extends HttpAuthenticationMechanism> void chooseMechanism(@Observes ProcessAnnotatedType<T> type) {
        if (type.getAnnotatedType().getJavaClass() == GatehouseAuthentication.class && isOidc()) {
            type.veto();
        }
    }
}
