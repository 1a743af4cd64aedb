package fr.catalogue.linkcheck;

/** The outcome of checking the two-click return rule (R15) on one page of a partner's site. */
public enum LinkVerdict {
    /** A visitor can come back to the catalogue in at most two clicks: the path is the proof. */
    CONFORM("Conforme"),
    /** The page does not allow it (or could not be read by anyone): a non-conformity once confirmed. */
    NON_CONFORM("Non conforme"),
    /** Neither could be proven (JavaScript-only link, robots.txt, unsafe address, budget): a reviewer judges. */
    INDETERMINATE("Indéterminé");

    private final String label;

    LinkVerdict(String label) {
        this.label = label;
    }

    /** The French word shown to users. */
    public String label() {
        return label;
    }
}
