package fr.catalogue.partner;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What kind of company a partner is (the mission statement; R4 for the service providers). */
public enum PartnerKind {
    EQUIPMENT_MAKER("Constructeur ou distributeur d'équipements"),
    SERVER_NETWORK_VENDOR("Fournisseur de serveurs et de réseaux"),
    TELECOM_OPERATOR("Opérateur ou équipementier télécoms"),
    INTERNET_PROVIDER("Fournisseur d'accès ou créateur de sites Internet"),
    ADVISER("Conseiller informatique et télécoms TPE"),
    COMPETENCE_CENTRE_IT("Centre de compétences TPE informatique"),
    COMPETENCE_CENTRE_TELECOM("Centre de compétences TPE télécoms"),
    COMPETENCE_CENTRE_IT_TELECOM("Centre de compétences TPE informatique et télécoms");

    private static final List<String> EQUIPMENT = List.of("PC_DESKTOP", "PC_LAPTOP_FIXED", "PC_LAPTOP_MOBILE",
            "PC_ULTRAMOBILE", "PDA", "SCREEN_TFT", "CAMERA_DIGITAL", "VIDEO_PROJECTOR",
            "SURVEILLANCE_CAMERA_INDOOR_FIXED", "SURVEILLANCE_CAMERA_OUTDOOR_FIXED", "SURVEILLANCE_CAMERA_MOTORISED",
            "PRINTER", "LABEL_PRINTER");
    private static final List<String> SERVER_NETWORK = List.of("SERVER_APPLICATION", "SERVER_DEDICATED",
            "NETWORK_LAN_WIRED", "NETWORK_LAN_PLC", "NETWORK_LAN_WIFI", "NETWORK_REMOTE_ACCESS", "NETWORK_SECURITY");

    private final String label;

    PartnerKind(String label) {
        this.label = label;
    }

    /** The French name shown to users. */
    public String label() {
        return label;
    }

    /** The codes of the categories (V2 migration) a partner of this kind may offer (R1 to R4). */
    public List<String> allowedCategories() {
        return switch (this) {
            case EQUIPMENT_MAKER -> EQUIPMENT;
            case SERVER_NETWORK_VENDOR -> SERVER_NETWORK;
            case TELECOM_OPERATOR -> List.of("TELECOM_EQUIPMENT", "TELECOM_SERVICE");
            case INTERNET_PROVIDER -> List.of("INTERNET_ACCESS", "WEBSITE_BUILDING");
            case ADVISER -> List.of("ADVISER");
            case COMPETENCE_CENTRE_IT, COMPETENCE_CENTRE_TELECOM, COMPETENCE_CENTRE_IT_TELECOM -> List.of(name());
        };
    }

    /** Competence centres identify themselves with the Annex 3 profile (R8, R9). */
    public boolean isCompetenceCentre() {
        return name().startsWith("COMPETENCE_CENTRE_");
    }

    /** The Annex 3 services a competence centre of this kind must cover (R9); none for other kinds. */
    public Set<Annex3Service> requiredServices() {
        Set<Annex3Service> services = EnumSet.noneOf(Annex3Service.class);
        for (Annex3Service service : Annex3Service.values()) {
            if (service.requiredFor(this)) {
                services.add(service);
            }
        }
        return services;
    }
}
