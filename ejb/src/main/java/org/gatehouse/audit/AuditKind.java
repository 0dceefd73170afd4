package org.gatehouse.audit;

/** What an audit event records. */
public enum AuditKind {
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    SIGN_OUT,
    READ,
    EXPORT,
    CREATE,
    UPDATE,
    ACCESS_DENIED,
    ACCOUNT_ADMIN,
    /** A closed case's personal data removed under the agency's retention rule. */
    DEIDENTIFY
}
