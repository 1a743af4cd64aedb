package fr.catalogue.db.demo;

/**
 * The four demo accounts and their clear passwords, as documented in the README.
 *
 * <p><strong>Demo only.</strong> These accounts are created by {@link DemoData#loadIfEmpty} when
 * {@code mvn -Prun} starts on an empty database, and by nothing else: no migration ever creates
 * them, so a real deployment has none of them. Their passwords are public; never create these
 * accounts on a database holding real data.
 *
 * <p>Their e-mail addresses are under the reserved {@code .invalid} domain: a reset link asked for
 * a demo account goes to the outbox and can never reach anybody. They never have to change their
 * password at sign-in.
 *
 * <p>The partner accounts act for the first and the second demo partner, in the order of
 * {@link DemoData#partners()} (numbers 1 and 2).
 */
public final class DemoAccounts {

    /** An administrator of the label (role {@code ADMIN}). */
    public static final String ADMIN_USER_CODE = "admin";
    public static final String ADMIN_PASSWORD = "Admin-Demo-2026";
    public static final String ADMIN_DISPLAY_NAME = "Administrateur de démonstration";
    public static final String ADMIN_EMAIL = "admin@catalogue.invalid";

    /** A Ministry reviewer (role {@code REVIEWER}). */
    public static final String REVIEWER_USER_CODE = "reviewer";
    public static final String REVIEWER_PASSWORD = "Reviewer-Demo-2026";
    public static final String REVIEWER_DISPLAY_NAME = "Relecteur du Ministère (démo)";
    public static final String REVIEWER_EMAIL = "relecteur@catalogue.invalid";

    /** The account of the first demo partner, an equipment maker (role {@code PARTNER}). */
    public static final String PARTNER_1_USER_CODE = "P-DEMO-1";
    public static final String PARTNER_1_PASSWORD = "Partner1-Demo-2026";
    public static final String PARTNER_1_DISPLAY_NAME = "Gwenaëlle Le Bihan (démo)";
    public static final String PARTNER_1_EMAIL = "partenaire1@catalogue.invalid";
    /** The number (1-based position in {@link DemoData#partners()}) of the partner of {@link #PARTNER_1_USER_CODE}. */
    public static final int PARTNER_1_NUMBER = 1;

    /** The account of the second demo partner, an Internet provider (role {@code PARTNER}). */
    public static final String PARTNER_2_USER_CODE = "P-DEMO-2";
    public static final String PARTNER_2_PASSWORD = "Partner2-Demo-2026";
    public static final String PARTNER_2_DISPLAY_NAME = "Julien Faucher (démo)";
    public static final String PARTNER_2_EMAIL = "partenaire2@catalogue.invalid";
    /** The number (1-based position in {@link DemoData#partners()}) of the partner of {@link #PARTNER_2_USER_CODE}. */
    public static final int PARTNER_2_NUMBER = 2;

    private DemoAccounts() {
    }
}
