package fr.catalogue.label;

/** What a review finding is about (R17); the first three come from the automatic checks. */
public enum FindingKind {
    /** The offer does not conform to its category's specification in force (R11, R17). */
    SPECIFICATION("Non-conformité au cahier des charges", false),
    /** A page the offer links to has no confirmed way back to the catalogue in two clicks (R15). */
    TWO_CLICK("Retour au catalogue en deux clics", false),
    /** The partner's profile is not current: old, or a certificate expired (R8). */
    PROFILE("Profil du partenaire non tenu à jour", false),
    /** A price differing from the partner's own site (R14). */
    PRICE("Prix différent de celui du site du partenaire", true),
    /** A misuse of the logo (R19). */
    LOGO("Usage non conforme du logo", true),
    OTHER("Autre manquement", true);

    private final String label;
    private final boolean manualOnly;

    FindingKind(String label, boolean manualOnly) {
        this.label = label;
        this.manualOnly = manualOnly;
    }

    /** The French name shown to users. */
    public String label() {
        return label;
    }

    /** Whether only a person finds it (the automatic checks never do). */
    public boolean manualOnly() {
        return manualOnly;
    }
}
