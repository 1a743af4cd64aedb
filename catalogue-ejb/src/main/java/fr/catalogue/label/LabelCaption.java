package fr.catalogue.label;

import fr.catalogue.partner.PartnerKind;

/** The four captions the logo carries, by kind of offer (R21). */
public enum LabelCaption {
    OFFER("offre référencée"),
    EQUIPMENT("équipement référencé"),
    COMPETENCE_CENTRE("centre de compétence TPE"),
    ADVISER("conseiller informatique et Télécoms TPE");

    private final String text;

    LabelCaption(String text) {
        this.text = text;
    }

    /** The caption exactly as printed under the logo (R21). */
    public String text() {
        return text;
    }

    /** The caption a partner of this kind carries (R21). */
    public static LabelCaption of(PartnerKind kind) {
        return switch (kind) {
            case EQUIPMENT_MAKER, SERVER_NETWORK_VENDOR -> EQUIPMENT;
            case TELECOM_OPERATOR, INTERNET_PROVIDER -> OFFER;
            case COMPETENCE_CENTRE_IT, COMPETENCE_CENTRE_TELECOM, COMPETENCE_CENTRE_IT_TELECOM -> COMPETENCE_CENTRE;
            case ADVISER -> ADVISER;
        };
    }
}
