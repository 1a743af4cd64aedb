package fr.catalogue.campaign;

/** Where a review finding stands: a reviewer confirms or dismisses it before the campaign closes. */
public enum FindingStatus {
    PENDING("À traiter"),
    CONFIRMED("Confirmé"),
    DISMISSED("Écarté");

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
