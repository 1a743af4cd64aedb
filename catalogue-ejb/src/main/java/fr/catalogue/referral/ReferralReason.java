package fr.catalogue.referral;

/** What a referral reports (R20), with its French label. */
public enum ReferralReason {
    PRICE("Prix différent de celui du site du partenaire"),
    LOGO("Mauvais usage du nom ou du logo du label"),
    NON_CONFORMITY("Offre non conforme au cahier des charges"),
    OTHER("Autre manquement aux conditions d'utilisation");

    private final String label;

    ReferralReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
