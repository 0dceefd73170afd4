package org.gatehouse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The test WAR's own (empty) authentication mechanism: Jakarta Security installs a mechanism for
 * every module of the EAR, and the application's one lives in the web WAR, out of this WAR's sight.
 * The Arquillian runner needs no sign-in; the tests act as callers through {@code Callers.runAs}.
 */
@ApplicationScoped
public class TestRunnerAuthentication implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        return context.doNothing();
    }
}
