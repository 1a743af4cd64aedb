package fr.catalogue.web.linkcheck;

import fr.catalogue.linkcheck.LinkVerdict;

/** How a verdict looks on a page: its French word and the colour of its tag. */
final class Verdicts {

    private Verdicts() {
    }

    /** The PrimeFaces tag severity: green, red, amber; grey when never checked. */
    static String severity(LinkVerdict verdict) {
        if (verdict == null) {
            return "secondary";
        }
        return switch (verdict) {
            case CONFORM -> "success";
            case NON_CONFORM -> "danger";
            case INDETERMINATE -> "warning";
        };
    }
}
