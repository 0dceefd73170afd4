package org.gatehouse.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** What the HTTP session remembers of a sign-in: who, with which roles, since when. */
public record SignedInSession(String username, Set<String> roles, Instant signedInAt) implements Serializable {

    public static final String ATTRIBUTE = "org.gatehouse.signedIn";
}
