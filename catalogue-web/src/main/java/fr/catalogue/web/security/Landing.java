package fr.catalogue.web.security;

import fr.catalogue.security.Role;

/** Where each role lands after signing in, and where a {@code next} address may lead. */
public final class Landing {

    private Landing() {
    }

    public static String of(Role role) {
        return switch (role) {
            case PARTNER -> "/partner/index.xhtml";
            case REVIEWER -> "/reviewer/index.xhtml";
            case ADMIN -> "/admin/index.xhtml";
        };
    }

    /**
     * The address to go back to after signing in, if it is one of ours: a path of this
     * application, never another site (no open redirect).
     */
    public static boolean isSafeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.contains("://") && !next.startsWith("/login.xhtml");
    }
}
