package org.gatehouse.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.Function;

/**
 * The caller of this request, looked up once: every business method asks who is calling
 * ({@link TenantBinding}, {@link AccessPolicy}), a page dozens of times. Kept with the principal's
 * name, so a sign-in or sign-out within the request is seen at once.
 */
@RequestScoped
public class CallerOfRequest {

    private String name;
    private Caller caller;

    Caller caller(String principalName, Function<String, Caller> lookUp) {
        if (caller != null && principalName.equals(name)) {
            return caller;
        }
        Caller found = lookUp.apply(principalName);
        // no account (yet: an OpenID Connect sign-in makes it in this request) is not remembered
        if (!found.isAnonymous()) {
            caller = found;
            name = principalName;
        }
        return found;
    }

    /** Forgets the caller: their account was just made or changed (roles from a token). */
    public void forget() {
        caller = null;
        name = null;
    }
}
