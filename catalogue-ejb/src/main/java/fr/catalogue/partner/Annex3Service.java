package fr.catalogue.partner;

import java.util.Optional;

/**
 * The services of Annex 3 of the terms of use, grouped as the annex groups them (general services,
 * workstation, Internet, network infrastructure, servers, financing). A competence centre declares
 * for each one it must cover whether it does it itself or through a named partner (R9). The keys
 * are those of the {@code annex3_services} criterion of the V4 specifications.
 */
public enum Annex3Service {
    AUDIT_ADVICE("audit_advice", Group.GENERAL, "Audit et conseil dans le choix du matériel", true, true),
    ONSITE_INSTALL("onsite_install", Group.GENERAL, "Installation sur site et paramétrage", true, true),
    USER_TRAINING("user_training", Group.GENERAL, "Mise en service et formation des utilisateurs", true, true),
    HELPDESK("helpdesk", Group.GENERAL, "Assistance (téléphone, hot line, e-mail)", true, true),
    MAINTENANCE("maintenance", Group.GENERAL, "SAV, maintenance et dépannage sur site", true, true),
    BACKUP("backup", Group.GENERAL, "Conseil et mise en place d'une solution de sauvegarde", true, false),
    SECURITY("security", Group.GENERAL, "Conseil et mise en place d'une stratégie de sécurité", true, false),
    WORKSTATION_INSTALL("workstation_install", Group.WORKSTATION,
            "Installation du poste de travail : système, logiciels, utilitaires, périphériques", true, false),
    INTERNET_ACCESS_SETUP("internet_access_setup", Group.INTERNET, "Conseil et mise en place de l'accès à Internet", true, true),
    WEBSITE_SERVICES("website_services", Group.INTERNET,
            "Site Web : conseil, développement, hébergement, référencement", true, false),
    NETWORK_CABLING("network_cabling", Group.NETWORK, "Audit de l'existant et câblage", true, true),
    NETWORK_SETUP("network_setup", Group.NETWORK,
            "Réseaux locaux (LAN, WAN, Wi-Fi, CPL), modem, routeur, pare-feu, DMZ, VPN", true, true),
    TELEPHONY_INSTALL("telephony_install", Group.NETWORK, "Solutions IP (ToIP, VoIP, vidéosurveillance) et standard VoIP",
            false, true),
    SERVER_INSTALL("server_install", Group.SERVERS,
            "Serveurs : déploiement, stockage, droits d'accès, sécurité et sauvegarde", true, false),
    FINANCING_LEASING("financing_leasing", Group.FINANCING, "Location évolutive", true, true);

    /** The groups of Annex 3, §3.1. */
    public enum Group {
        GENERAL("Services généraux"),
        WORKSTATION("Poste de travail"),
        INTERNET("Internet"),
        NETWORK("Infrastructure réseaux"),
        SERVERS("Serveurs"),
        FINANCING("Solutions de financement");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String key;
    private final Group group;
    private final String label;
    private final boolean it;
    private final boolean telecom;

    Annex3Service(String key, Group group, String label, boolean it, boolean telecom) {
        this.key = key;
        this.group = group;
        this.label = label;
        this.it = it;
        this.telecom = telecom;
    }

    /** The stable key stored in the database and used by the specifications. */
    public String key() {
        return key;
    }

    public Group group() {
        return group;
    }

    /** The French words shown to users. */
    public String label() {
        return label;
    }

    /** Whether a competence centre of {@code kind} must cover this service (R9). */
    public boolean requiredFor(PartnerKind kind) {
        return switch (kind) {
            case COMPETENCE_CENTRE_IT -> it;
            case COMPETENCE_CENTRE_TELECOM -> telecom;
            case COMPETENCE_CENTRE_IT_TELECOM -> true;
            default -> false;
        };
    }

    public static Optional<Annex3Service> ofKey(String key) {
        for (Annex3Service service : values()) {
            if (service.key.equals(key)) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }
}
