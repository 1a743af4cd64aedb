package fr.catalogue.security;

/** The roles of the application; each account has exactly one. */
public enum Role {
    /** A company publishing and maintaining its own offers. */
    PARTNER,
    /** A Ministry reviewer auditing conformity. */
    REVIEWER,
    /** An administrator of the label. */
    ADMIN;

    /** Role names as Jakarta Security groups and {@code @RolesAllowed} values. */
    public static final String PARTNER_NAME = "PARTNER";
    public static final String REVIEWER_NAME = "REVIEWER";
    public static final String ADMIN_NAME = "ADMIN";
}
