package fr.catalogue.campaign;

/** What a review finding is about (R17); the first three come from the automatic checks. */
public enum FindingKind {
    /** The offer does not conform to its category's specification in force (R11, R17). */
    SPECIFICATION("Non-conformité au cahier des charges", false,
            "Mettre l'offre en conformité avec le cahier des charges en vigueur de sa catégorie, ou la retirer du catalogue."),
    /** A page the offer links to has no confirmed way back to the catalogue in two clicks (R15). */
    TWO_CLICK("Retour au catalogue en deux clics", false,
            "Placer sur chaque page liée un lien qui ramène au catalogue en deux clics au plus, ou retirer le lien de l'offre."),
    /** The partner's profile is not current: old, or a certificate expired (R8). */
    PROFILE("Profil du partenaire non tenu à jour", false,
            "Mettre à jour le profil dans l'espace partenaire et y joindre les attestations en cours de validité."),
    /** A price differing from the partner's own site (R14). */
    PRICE("Prix différent de celui du site du partenaire", true,
            "Aligner le prix du catalogue et celui de votre site : le client peut exiger le plus avantageux."),
    /** A misuse of the logo (R19). */
    LOGO("Usage non conforme du logo", true,
            "Utiliser le logo et sa mention sans modification, conformément à la charte graphique."),
    OTHER("Autre manquement", true, "Corriger le manquement décrit et en informer le ministère en répondant à l'avertissement.");

    private final String label;
    private final boolean manualOnly;
    private final String requiredChange;

    FindingKind(String label, boolean manualOnly, String requiredChange) {
        this.label = label;
        this.manualOnly = manualOnly;
        this.requiredChange = requiredChange;
    }

    /** The change a notice demands for a confirmed finding of this kind (R17, R18). */
    public String requiredChange() {
        return requiredChange;
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
