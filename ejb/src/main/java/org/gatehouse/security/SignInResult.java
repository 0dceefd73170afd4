package org.gatehouse.security;

/** The outcome of a sign-in: the caller when it succeeded. Why it failed is not told to the user. */
public record SignInResult(Caller caller, boolean mustChangePassword) {

    public static final SignInResult FAILED = new SignInResult(null, false);

    public boolean succeeded() {
        return caller != null;
    }
}
