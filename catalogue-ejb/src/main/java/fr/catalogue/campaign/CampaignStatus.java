package fr.catalogue.campaign;

/** A review campaign is open while reviewers work on its findings, then closed (notices sent). */
public enum CampaignStatus {
    OPEN("Ouverte"),
    CLOSED("Clôturée");

    private final String label;

    CampaignStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
