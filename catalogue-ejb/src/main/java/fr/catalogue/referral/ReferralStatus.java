package fr.catalogue.referral;

/** Where a referral stands: not yet looked at, turned into a finding, or dismissed with a reason. */
public enum ReferralStatus {
    NEW("Nouveau"),
    TRIAGED("Transformé en constat"),
    DISMISSED("Classé sans suite");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
