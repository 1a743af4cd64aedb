package fr.catalogue.offer;

import fr.catalogue.partner.PartnerKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which categories (R1 to R4) each kind of partner may offer in: a maker of equipment sells
 * equipment, a competence centre offers its own kind of centre, and so on.
 */
public final class OfferCategories {

    private static final List<String> EQUIPMENT = List.of("PC_DESKTOP", "PC_LAPTOP_FIXED", "PC_LAPTOP_MOBILE",
            "PC_ULTRAMOBILE", "PDA", "SCREEN_TFT", "CAMERA_DIGITAL", "VIDEO_PROJECTOR",
            "SURVEILLANCE_CAMERA_INDOOR_FIXED", "SURVEILLANCE_CAMERA_OUTDOOR_FIXED", "SURVEILLANCE_CAMERA_MOTORISED",
            "PRINTER", "LABEL_PRINTER");
    private static final List<String> SERVER_NETWORK = List.of("SERVER_APPLICATION", "SERVER_DEDICATED",
            "NETWORK_LAN_WIRED", "NETWORK_LAN_PLC", "NETWORK_LAN_WIFI", "NETWORK_REMOTE_ACCESS", "NETWORK_SECURITY");

    private static final Map<PartnerKind, List<String>> BY_KIND = byKind();

    private OfferCategories() {
    }

    /** The codes of the categories a partner of this kind may offer in, in the order of the terms of use. */
    public static List<String> allowedFor(PartnerKind kind) {
        return BY_KIND.getOrDefault(kind, List.of());
    }

    public static boolean isAllowed(PartnerKind kind, String categoryCode) {
        return allowedFor(kind).contains(categoryCode);
    }

    private static Map<PartnerKind, List<String>> byKind() {
        Map<PartnerKind, List<String>> map = new EnumMap<>(PartnerKind.class);
        map.put(PartnerKind.EQUIPMENT_MAKER, EQUIPMENT);
        map.put(PartnerKind.SERVER_NETWORK_VENDOR, SERVER_NETWORK);
        map.put(PartnerKind.TELECOM_OPERATOR, List.of("TELECOM_EQUIPMENT", "TELECOM_SERVICE"));
        map.put(PartnerKind.INTERNET_PROVIDER, List.of("INTERNET_ACCESS", "WEBSITE_BUILDING"));
        map.put(PartnerKind.ADVISER, List.of("ADVISER"));
        map.put(PartnerKind.COMPETENCE_CENTRE_IT, List.of("COMPETENCE_CENTRE_IT"));
        map.put(PartnerKind.COMPETENCE_CENTRE_TELECOM, List.of("COMPETENCE_CENTRE_TELECOM"));
        map.put(PartnerKind.COMPETENCE_CENTRE_IT_TELECOM, List.of("COMPETENCE_CENTRE_IT_TELECOM"));
        return Map.copyOf(map);
    }
}
