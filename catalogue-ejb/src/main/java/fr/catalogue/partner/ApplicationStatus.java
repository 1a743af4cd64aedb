package fr.catalogue.partner;

/** Where an application stands (R7): waiting for the Ministry, then validated or rejected, for good. */
public enum ApplicationStatus {
    SUBMITTED("À examiner"),
    VALIDATED("Validée"),
    REJECTED("Refusée");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
