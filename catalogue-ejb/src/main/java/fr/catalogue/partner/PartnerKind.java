package fr.catalogue.partner;

/** What kind of company a partner is (the mission statement; R4 for the service providers). */
public enum PartnerKind {
    EQUIPMENT_MAKER,
    SERVER_NETWORK_VENDOR,
    TELECOM_OPERATOR,
    INTERNET_PROVIDER,
    ADVISER,
    COMPETENCE_CENTRE_IT,
    COMPETENCE_CENTRE_TELECOM,
    COMPETENCE_CENTRE_IT_TELECOM
}
