package org.gatehouse.security;

/** An account just made, with the one-time password to hand to its owner (shown once, never stored). */
public record NewAccount(String username, String temporaryPassword) {
}
