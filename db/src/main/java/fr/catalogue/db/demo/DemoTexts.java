package fr.catalogue.db.demo;

import fr.catalogue.db.demo.DemoData.Coverage;
import fr.catalogue.db.demo.DemoData.DemoPrice;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The French texts, prices and declared facts of the demo offers, one random offer per call.
 *
 * <p>Products get a model reference after the partner's product line ({@code line}), so that
 * titles rarely repeat; prices follow the product's tier. Each offer also declares the facts the
 * conformance engine reads (R5, R11): attributes under the criterion keys of the V4 migration
 * ("16 Go", "oui", "Windows 11 Professionnel", lists joined with "; "), the components of its price
 * (R12) and, for a competence centre, the Annex 3 services it covers (R9). The facts agree with the
 * description: the memory a PC's description states is its {@code memory} attribute.
 *
 * <p>Every offer meets every mandatory criterion of the version in force of its category, except a
 * PC_DESKTOP offer generated as {@code legacy}: it meets version 1 of the specification but not
 * version 2 (8 Go, SSD of 256 Go, 2 years' workshop warranty).
 */
final class DemoTexts {

    static final String WINDOWS_10 = "Windows 10 Professionnel";
    static final String WINDOWS_11 = "Windows 11 Professionnel";
    static final String UBUNTU = "Ubuntu 24.04 LTS";

    /** The Annex 3 services each kind of competence centre covers (the V4 migration's annex3_services). */
    static final List<String> IT_CENTRE_ANNEX3 = List.of("audit_advice", "onsite_install", "user_training", "helpdesk",
            "maintenance", "backup", "security", "workstation_install", "internet_access_setup", "website_services",
            "network_cabling", "network_setup", "server_install", "financing_leasing");
    static final List<String> TELECOM_CENTRE_ANNEX3 = List.of("audit_advice", "onsite_install", "user_training",
            "helpdesk", "maintenance", "internet_access_setup", "network_cabling", "network_setup", "telephony_install",
            "financing_leasing");
    static final List<String> IT_TELECOM_CENTRE_ANNEX3 = List.of("audit_advice", "onsite_install", "user_training",
            "helpdesk", "maintenance", "backup", "security", "workstation_install", "internet_access_setup",
            "website_services", "network_cabling", "network_setup", "telephony_install", "server_install",
            "financing_leasing");

    private DemoTexts() {
    }

    /** Title, description, price (excl. VAT, 2 decimals) and declared facts of one offer. */
    record Text(String title, String description, BigDecimal price, Map<String, String> attributes,
                Map<String, DemoPrice> pricing, Map<String, Coverage> services) {

        Text {
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
            pricing = Collections.unmodifiableMap(new LinkedHashMap<>(pricing));
            services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
        }

        Text(String title, String description, BigDecimal price, Facts facts) {
            this(title, description, price, facts.attributes, facts.pricing, facts.services);
        }

        Text withTitle(String newTitle) {
            return new Text(newTitle, description, price, attributes, pricing, services);
        }
    }

    /** The facts of one offer, in the order of the criteria. */
    static final class Facts {

        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final Map<String, DemoPrice> pricing = new LinkedHashMap<>();
        private final Map<String, Coverage> services = new LinkedHashMap<>();

        Facts attr(String key, String value) {
            attributes.put(key, value);
            return this;
        }

        /** A quantity as a person types it: "16 Go", "2,5 GHz". */
        Facts qty(String key, Object number, String unit) {
            return attr(key, number + " " + unit);
        }

        Facts yes(String key) {
            return attr(key, "oui");
        }

        Facts bool(String key, boolean value) {
            return attr(key, value ? "oui" : "non");
        }

        /** A component included in the base offer: amount 0 (R12). */
        Facts included(String key, String description) {
            return price(key, BigDecimal.ZERO.setScale(2), null, description);
        }

        /** A component without a figure: only its description (terms of sale, base unit...). */
        Facts described(String key, String description) {
            return price(key, null, null, description);
        }

        Facts price(String key, BigDecimal amount, String unit, String description) {
            pricing.put(key, new DemoPrice(amount, unit, description));
            return this;
        }

        Facts price(String key, double amount, String unit, String description) {
            return price(key, BigDecimal.valueOf(Math.round(amount * 100), 2), unit, description);
        }

        Facts service(String key, Coverage coverage) {
            services.put(key, coverage);
            return this;
        }
    }

    static Text describe(String category, Random r, String line, boolean legacy) {
        return switch (category) {
            case "PC_DESKTOP" -> pcDesktop(r, line, legacy);
            case "PC_LAPTOP_FIXED" -> laptopFixed(r, line);
            case "PC_LAPTOP_MOBILE" -> laptopMobile(r, line);
            case "PC_ULTRAMOBILE" -> ultramobile(r, line);
            case "PDA" -> pda(r, line);
            case "SCREEN_TFT" -> screen(r, line);
            case "CAMERA_DIGITAL" -> camera(r, line);
            case "VIDEO_PROJECTOR" -> projector(r, line);
            case "SURVEILLANCE_CAMERA_INDOOR_FIXED" -> indoorCamera(r, line);
            case "SURVEILLANCE_CAMERA_OUTDOOR_FIXED" -> outdoorCamera(r, line);
            case "SURVEILLANCE_CAMERA_MOTORISED" -> motorisedCamera(r, line);
            case "PRINTER" -> printer(r, line);
            case "LABEL_PRINTER" -> labelPrinter(r, line);
            case "SERVER_APPLICATION" -> applicationServer(r, line);
            case "SERVER_DEDICATED" -> dedicatedServer(r, line);
            case "NETWORK_LAN_WIRED" -> wiredLan(r, line);
            case "NETWORK_LAN_PLC" -> plc(r, line);
            case "NETWORK_LAN_WIFI" -> wifi(r, line);
            case "NETWORK_REMOTE_ACCESS" -> remoteAccess(r, line);
            case "NETWORK_SECURITY" -> security(r, line);
            case "TELECOM_EQUIPMENT" -> telecomEquipment(r, line);
            case "TELECOM_SERVICE" -> telecomService(r);
            case "INTERNET_ACCESS" -> internetAccess(r);
            case "WEBSITE_BUILDING" -> website(r);
            case "ADVISER" -> adviser(r);
            case "COMPETENCE_CENTRE_IT" -> centre(r, IT_CENTRE_SERVICES, IT_CENTRE_ANNEX3);
            case "COMPETENCE_CENTRE_TELECOM" -> centre(r, TELECOM_CENTRE_SERVICES, TELECOM_CENTRE_ANNEX3);
            case "COMPETENCE_CENTRE_IT_TELECOM" -> centre(r, IT_TELECOM_CENTRE_SERVICES, IT_TELECOM_CENTRE_ANNEX3);
            default -> throw new IllegalArgumentException("Unknown category " + category);
        };
    }

    // --- common price components of equipment (R12) ------------------------------------------

    private static final String[] EQUIPMENT_TERMS = {
        "Conditions générales de vente remises avec le devis : échange immédiat d'un appareil défectueux à la "
                + "livraison, prêt d'un appareil de remplacement pendant une réparation, recours auprès d'un "
                + "médiateur en cas de litige.",
        "Conditions générales de vente en ligne et jointes à chaque facture : retour accepté sous 14 jours, "
                + "remplacement à neuf en cas de panne le premier mois, entreprise certifiée ISO 9001.",
        "Conditions générales de vente jointes à l'offre : droits et recours du client, remplacement de l'appareil "
                + "si la réparation dépasse 10 jours ouvrés, revendeur agréé par le constructeur."};

    private static final String[] SERVICE_TERMS = {
        "Conditions générales de vente jointes au contrat : résiliation à chaque échéance avec un mois de préavis, "
                + "pénalités si le délai d'intervention n'est pas tenu, solution de remplacement en cas de défaillance.",
        "Conditions générales de vente remises avec le devis : droits et recours du client, médiateur désigné, "
                + "démarche qualité décrite et certifications de l'entreprise indiquées.",
        "Conditions générales de vente en ligne : période d'essai d'un mois, résiliation sans frais après la période "
                + "d'engagement, continuité assurée par un partenaire nommé en cas de défaillance."};

    /** The equipment's warranty (included) and terms of sale. */
    private static Facts equipment(Random r, Facts facts, String warranty) {
        return facts.included("warranty_cover", "Garantie " + warranty + ", pièces et main-d'œuvre comprises ; "
                        + "extension de garantie sur devis.")
                .described("terms_of_sale", pick(r, EQUIPMENT_TERMS));
    }

    /** The warranty in years, as people write it: "1 an", "3 ans". */
    private static String years(int years) {
        return years + (years == 1 ? " an" : " ans");
    }

    // --- R1: PCs, PDAs and peripherals -------------------------------------------------------

    private static final String[] RANGES = {"Essentiel", "Pro", "Expert"};

    /**
     * A desktop PC. A {@code legacy} one was designed for version 1 of the specification (8 Go, SSD
     * of 256 Go, 2 years' workshop warranty, Windows 10 allowed) and fails version 2.
     */
    private static Text pcDesktop(Random r, String line, boolean legacy) {
        int tier = legacy ? 0 : r.nextInt(3);
        String title = "PC de bureau " + line + " " + RANGES[tier] + " " + ref(r, "B", tier);
        String form = pick(r, "en boîtier tour", "en boîtier mini-tour", "au format compact, fixable au dos de l'écran");
        int cores = pickInt(r, new int[][] {{4, 6}, {6, 8}, {10, 12}}[tier]);
        String ghz = pick(r, new String[][] {{"2,5", "3,0"}, {"3,2", "3,4"}, {"3,6", "4,0"}}[tier]);
        int memory = legacy ? 8 : pickInt(r, new int[][] {{16}, {16, 32}, {32, 64}}[tier]);
        String ssd = legacy ? "256 Go" : pick(r, new String[][] {{"512 Go"}, {"512 Go", "1 To"}, {"1 To", "2 To"}}[tier]);
        boolean disk = tier == 2 && r.nextBoolean();
        String os = legacy ? pick(r, WINDOWS_10, WINDOWS_11) : pick(r, WINDOWS_11, WINDOWS_11, WINDOWS_11, UBUNTU);
        int years = legacy ? 2 : tier == 2 ? pickInt(r, 3, 5) : 3;
        boolean onSite = !legacy;
        int watts = pickInt(r, new int[][] {{35, 45}, {45, 55}, {65, 90}}[tier]);
        String warranty = years(years) + (onSite ? " sur site" : " retour atelier");
        String description = String.format(Locale.ROOT, "Ordinateur de bureau %s, équipé d'un processeur %d cœurs à "
                        + "%s GHz, de %d Go de mémoire vive et d'un SSD de %s%s. Livré avec %s installé et activé, "
                        + "clavier et souris ; environ %d W en usage de bureau. Garantie %s, pièces et main-d'œuvre.",
                form, cores, ghz, memory, ssd, disk ? " et d'un disque dur de 2 To" : "", os, watts, warranty);
        Facts facts = new Facts()
                .qty("processor_frequency", ghz, "GHz")
                .qty("memory", memory, "Go")
                .attr("storage", ssd)
                .attr("os", os)
                .attr("warranty", years(years))
                .bool("on_site_support", onSite)
                .qty("power_consumption", watts, "W");
        return new Text(title, description, retail(r, 450, 1_400, tier, 3), equipment(r, facts, warranty));
    }

    private static Text laptopFixed(Random r, String line) {
        int tier = r.nextInt(3);
        String size = pick(r, "15,6", "17,3");
        String title = "PC portable " + line + " " + RANGES[tier] + " " + ref(r, "F", tier) + " " + size + " pouces";
        int cores = pickInt(r, new int[][] {{4, 6}, {8}, {10, 12}}[tier]);
        String ghz = pick(r, new String[][] {{"2,4", "2,8"}, {"3,0", "3,2"}, {"3,4", "3,6"}}[tier]);
        int memory = pickInt(r, new int[][] {{8, 16}, {16}, {32}}[tier]);
        String ssd = pick(r, new String[][] {{"256 Go", "512 Go"}, {"512 Go"}, {"1 To"}}[tier]);
        String os = pick(r, WINDOWS_11, WINDOWS_11, WINDOWS_11, UBUNTU);
        String extra = pick(r, new String[][] {
                {"Se range dans un tiroir le soir pour libérer le poste de travail."},
                {"Livré avec une station d'accueil USB-C pour brancher écran, clavier et réseau d'un seul câble.",
                        "Webcam Full HD et micros à réduction de bruit pour les visioconférences."},
                {"Livré avec une station d'accueil USB-C et un second écran de 24 pouces.",
                        "Carte graphique dédiée pour la conception assistée et le montage vidéo."}}[tier]);
        String warranty = pick(r, new String[][] {{"2 ans retour atelier"}, {"3 ans sur site"}, {"3 ans sur site",
                "5 ans sur site"}}[tier]);
        String description = String.format(Locale.ROOT, "PC portable conçu pour rester au bureau : écran %s pouces "
                        + "Full HD anti-reflets, pavé numérique, processeur %d cœurs à %s GHz, %d Go de mémoire vive et "
                        + "SSD de %s, sous %s. %s Garantie %s.",
                size, cores, ghz, memory, ssd, os, extra, warranty);
        Facts facts = new Facts()
                .qty("processor_frequency", ghz, "GHz")
                .qty("memory", memory, "Go")
                .attr("storage", ssd)
                .qty("screen_size", size, "pouces")
                .attr("os", os)
                .yes("numeric_keypad")
                .attr("warranty", warranty.substring(0, warranty.indexOf(" ans") + 4));
        return new Text(title, description, retail(r, 550, 1_500, tier, 3), equipment(r, facts, warranty));
    }

    private static Text laptopMobile(Random r, String line) {
        int tier = r.nextInt(3);
        String title = "PC portable nomade " + line + " " + pick(r, "Mobilité", "Voyage", "Terrain") + " "
                + ref(r, "N", tier);
        String size = pick(r, new String[][] {{"15,6", "14"}, {"14"}, {"14", "13,3"}}[tier]);
        String weight = pick(r, new String[][] {{"1,7 kg", "1,6 kg"}, {"1,5 kg", "1,4 kg"}, {"1,3 kg", "1,2 kg"}}[tier]);
        int hours = pickInt(r, new int[][] {{9, 10}, {12, 14}, {16, 18}}[tier]);
        int cores = pickInt(r, new int[][] {{6}, {8, 10}, {12, 14}}[tier]);
        int memory = pickInt(r, new int[][] {{8, 16}, {16}, {32}}[tier]);
        String ssd = pick(r, new String[][] {{"256 Go", "512 Go"}, {"512 Go"}, {"1 To"}}[tier]);
        String connectivity = new String[] {"Wi-Fi 6 et Bluetooth", "Wi-Fi 6E et modem 4G intégré",
                "Wi-Fi 7 et modem 5G intégré"}[tier];
        String os = pick(r, WINDOWS_11, WINDOWS_11, UBUNTU);
        int years = pickInt(r, 2, 3);
        String description = String.format(Locale.ROOT, "PC portable de %s pouces pesant %s, avec jusqu'à %d heures "
                        + "d'autonomie, processeur %d cœurs, %d Go de mémoire et SSD de %s, sous %s. Connectivité %s, "
                        + "lecteur d'empreintes digitales et disque chiffré pour les déplacements. Garantie %s, "
                        + "avec prêt d'un portable pendant la réparation.",
                size, weight, hours, cores, memory, ssd, os, connectivity, years(years));
        Facts facts = new Facts()
                .qty("memory", memory, "Go")
                .attr("storage", ssd)
                .qty("screen_size", size, "pouces")
                .qty("battery_life", hours, "h")
                .yes("disk_encryption")
                .attr("os", os)
                .bool("mobile_broadband", tier > 0)
                .attr("warranty", years(years));
        return new Text(title, description, retail(r, 700, 1_900, tier, 3),
                equipment(r, facts, years(years) + " avec prêt d'un portable pendant la réparation"));
    }

    private static Text ultramobile(Random r, String line) {
        int tier = r.nextInt(3);
        String title = "Ultra-portable " + line + " " + new String[] {"Léger", "Slim", "Carbone"}[tier] + " "
                + ref(r, "U", tier);
        String size = pick(r, "13,3", "13", "12,4");
        String weight = pick(r, new String[][] {{"1,2 kg"}, {"1,1 kg", "1 kg"}, {"980 g", "950 g"}}[tier]);
        int cores = pickInt(r, new int[][] {{8}, {10, 12}, {12, 14}}[tier]);
        int memory = pickInt(r, new int[][] {{16}, {16, 32}, {32}}[tier]);
        String ssd = pick(r, new String[][] {{"512 Go"}, {"512 Go", "1 To"}, {"1 To", "2 To"}}[tier]);
        int hours = pickInt(r, new int[][] {{14}, {16}, {18, 20}}[tier]);
        int years = pickInt(r, 2, 3);
        String description = String.format(Locale.ROOT, "Ultra-portable de %s pouces pesant %s, au châssis %s et à "
                        + "l'écran tactile haute définition. Processeur %d cœurs basse consommation, %d Go de mémoire, "
                        + "SSD de %s et jusqu'à %d heures d'autonomie, recharge rapide par USB-C, livré sous %s. "
                        + "Garantie %s, assurance casse comprise la première année.",
                size, weight, new String[] {"en aluminium", "en alliage de magnésium", "en fibre de carbone"}[tier],
                cores, memory, ssd, hours, WINDOWS_11, years(years));
        Facts facts = new Facts()
                .qty("memory", memory, "Go")
                .attr("storage", ssd)
                .qty("screen_size", size, "pouces")
                .qty("battery_life", hours, "h")
                .yes("usb_c_charging")
                .yes("touchscreen")
                .attr("os", WINDOWS_11)
                .attr("warranty", years(years));
        return new Text(title, description, retail(r, 900, 2_300, tier, 3),
                equipment(r, facts, years(years) + ", assurance casse la première année"));
    }

    private static Text pda(Random r, String line) {
        int tier = r.nextInt(3);
        String title = "Assistant personnel " + line + " " + new String[] {"Commerce", "Logistique", "Terrain"}[tier]
                + " " + ref(r, "P", tier);
        String size = pick(r, "5", "5,5", "6");
        String protection = new String[] {"IP65", "IP67", "IP68"}[tier];
        int hours = pickInt(r, new int[][] {{8}, {10}, {12, 14}}[tier]);
        int years = pickInt(r, 1, 2);
        String description = String.format(Locale.ROOT, "Assistant personnel à écran tactile de %s pouces, étanche "
                        + "à l'eau et à la poussière (%s) et résistant aux chutes de %s m. %s Batterie remplaçable de "
                        + "%d heures et synchronisation de l'agenda, des contacts et de la messagerie avec le poste "
                        + "de bureau. Garantie %s.",
                size, protection, new String[] {"1,2", "1,5", "1,8"}[tier],
                new String[] {"Idéal pour les tournées, la prise de commande et le suivi des clients.",
                        "Lecteur de codes-barres 1D et 2D intégré pour les inventaires et les réceptions.",
                        "Lecteur de codes-barres, puce NFC et 4G pour les interventions sur le terrain."}[tier],
                hours, years(years));
        Facts facts = new Facts()
                .qty("screen_size", size, "pouces")
                .attr("ingress_protection", protection)
                .qty("battery_life", hours, "h")
                .yes("sync_office")
                .bool("barcode_reader", tier > 0)
                .attr("warranty", years(years));
        return new Text(title, description, retail(r, 250, 900, tier, 3), equipment(r, facts, years(years)));
    }

    private static Text screen(Random r, String line) {
        int tier = r.nextInt(3);
        String size = pick(r, new String[][] {{"22", "24"}, {"24", "27"}, {"27", "32"}}[tier]);
        String title = "Écran " + size + " pouces " + line + " " + ref(r, "E", tier);
        String resolution = pick(r, new String[][] {{"Full HD"}, {"Full HD", "QHD"}, {"QHD", "4K UHD"}}[tier]);
        String pixels = Map.of("Full HD", "1920 × 1080", "QHD", "2560 × 1440", "4K UHD", "3840 × 2160").get(resolution);
        String inputs = new String[] {"HDMI; VGA", "HDMI; DisplayPort", "USB-C; HDMI; DisplayPort"}[tier];
        String description = String.format(Locale.ROOT, "Écran plat TFT de %s pouces à dalle IPS, résolution %s (%s), "
                        + "traitement anti-reflets et filtre de lumière bleue. %s, entrées %s. Garantie 3 ans avec "
                        + "échange sur site.",
                size, resolution, pixels,
                new String[] {"Pied inclinable et fixation murale VESA", "Pied réglable en hauteur et pivotable",
                        "Pied réglable en hauteur, pivotable et haut-parleurs intégrés"}[tier],
                new String[] {"HDMI et VGA", "HDMI et DisplayPort",
                        "USB-C avec alimentation 65 W du portable, HDMI et DisplayPort"}[tier]);
        Facts facts = new Facts()
                .qty("screen_size", size, "pouces")
                .attr("resolution", resolution)
                .yes("anti_glare")
                .attr("video_inputs", inputs)
                .bool("height_adjustable", tier > 0)
                .attr("warranty", "3 ans");
        return new Text(title, description, retail(r, 120, 650, tier, 3),
                equipment(r, facts, "3 ans avec échange sur site"));
    }

    private static Text camera(Random r, String line) {
        int tier = r.nextInt(3);
        String reference = ref(r, "C", tier);
        int years = pickInt(r, 2, 3);
        Facts facts = new Facts();
        Text text = switch (tier) {
            case 0 -> {
                int megapixels = pickInt(r, 16, 20);
                facts.qty("sensor_resolution", megapixels, "Mpx").yes("image_stabilisation").yes("wireless_transfer")
                        .bool("video_4k", false);
                yield new Text("Appareil photo compact " + line + " " + reference, String.format(Locale.ROOT,
                        "Appareil photo numérique compact de %d millions de pixels avec zoom optique ×%d stabilisé. "
                                + "Étanche jusqu'à 15 m et résistant aux chocs, il convient aux états des lieux et aux "
                                + "rapports de chantier. Transfert des photos par Wi-Fi vers l'ordinateur ou le "
                                + "téléphone, notice en français. Garantie %s.",
                        megapixels, pickInt(r, 4, 5, 10), years(years)), retail(r, 180, 1_500, 0, 3), facts);
            }
            case 1 -> {
                int megapixels = pickInt(r, 20, 24);
                facts.qty("sensor_resolution", megapixels, "Mpx").yes("image_stabilisation").yes("wireless_transfer")
                        .yes("video_4k");
                yield new Text("Appareil photo bridge " + line + " " + reference, String.format(Locale.ROOT,
                        "Appareil photo bridge de %d millions de pixels, zoom optique ×%d stabilisé et vidéo 4K. "
                                + "Viseur électronique, écran orientable, géolocalisation et transfert Wi-Fi des "
                                + "clichés pour les dossiers techniques et les catalogues de produits. Livré avec une "
                                + "batterie de rechange, une carte mémoire de 64 Go et une notice en français. "
                                + "Garantie %s.",
                        megapixels, pickInt(r, 24, 40, 60), years(years)), retail(r, 180, 1_500, 1, 3), facts);
            }
            default -> {
                String sensor = pick(r, "APS-C", "plein format");
                int megapixels = pickInt(r, 24, 26, 33);
                facts.qty("sensor_resolution", megapixels, "Mpx").yes("image_stabilisation").yes("wireless_transfer")
                        .yes("video_4k");
                yield new Text("Appareil photo hybride " + line + " " + reference, String.format(Locale.ROOT,
                        "Appareil photo hybride à capteur %s stabilisé de %d millions de pixels, livré avec un "
                                + "objectif zoom %s et filmant en 4K. Idéal pour les photos de produits, d'architecture "
                                + "ou d'événements, avec transfert sans fil vers l'ordinateur. Demi-journée de prise "
                                + "en main incluse, notice en français. Garantie %s.",
                        sensor, megapixels, pick(r, "18-55 mm", "24-105 mm"), years(years)),
                        retail(r, 180, 1_500, 2, 3), facts);
            }
        };
        facts.yes("documentation_fr").attr("warranty", years(years));
        equipment(r, facts, years(years));
        return new Text(text.title(), text.description(), text.price(), facts);
    }

    private static Text projector(Random r, String line) {
        int tier = r.nextInt(3);
        String title = "Vidéoprojecteur " + line + " " + new String[] {"Mobile", "Réunion", "Laser"}[tier] + " "
                + ref(r, "V", tier);
        int lumens = pickInt(r, new int[][] {{3_000, 3_400}, {3_800, 4_200}, {5_000, 5_500}}[tier]);
        int hours = new int[] {10_000, 12_000, 20_000}[tier];
        int years = new int[] {2, 3, 5}[tier];
        String description = String.format(Locale.ROOT, "Vidéoprojecteur de %d lumens en résolution %s, avec %s. "
                        + "Connexion HDMI et projection sans fil depuis un portable ou une tablette, haut-parleur "
                        + "intégré de 16 W. %s Garantie %s.",
                lumens,
                new String[] {"WXGA (1280 × 800)", "Full HD (1920 × 1080)", "4K UHD"}[tier],
                new String[] {"une lampe de 10 000 heures", "une lampe de 12 000 heures en mode éco",
                        "une source laser de 20 000 heures sans entretien"}[tier],
                new String[] {"Livré avec sacoche de transport et télécommande.",
                        "Support de plafond et pose disponibles en option.",
                        "Pose au plafond, câblage et réglage sur site compris."}[tier],
                years(years));
        Facts facts = new Facts()
                .qty("brightness", lumens, "lumens")
                .attr("resolution", new String[] {"WXGA", "Full HD", "4K UHD"}[tier])
                .qty("light_source_life", hours, "h")
                .yes("wireless_projection")
                .attr("video_inputs", new String[] {"HDMI; VGA; USB", "HDMI; USB", "HDMI; HDBaseT; USB"}[tier])
                .yes("built_in_speaker")
                .attr("warranty", years(years));
        return new Text(title, description, retail(r, 350, 1_800, tier, 3), equipment(r, facts, years(years)));
    }

    private static Text indoorCamera(Random r, String line) {
        int tier = r.nextInt(3);
        int megapixels = new int[] {2, 4, 8}[tier];
        String title = "Caméra dôme d'intérieur " + line + " " + ref(r, "D", tier) + " " + megapixels + " Mpx";
        int years = pickInt(r, 2, 3);
        String description = String.format(Locale.ROOT, "Caméra IP fixe d'intérieur au format dôme, capteur %d "
                        + "mégapixels et objectif grand angle de %d°. Vision nocturne infrarouge jusqu'à %d m, "
                        + "alimentation par le câble réseau (PoE) et enregistrement sur carte microSD ou sur "
                        + "enregistreur réseau. Masquage des zones privées pour respecter les recommandations de la "
                        + "CNIL. Garantie %s.",
                megapixels, pickInt(r, 100, 110, 120), pickInt(r, new int[][] {{10}, {15, 20}, {30}}[tier]),
                years(years));
        Facts facts = new Facts()
                .qty("sensor_resolution", megapixels, "Mpx")
                .yes("night_vision")
                .yes("poe")
                .yes("privacy_masking")
                .yes("local_recording")
                .attr("warranty", years(years));
        return new Text(title, description, retail(r, 90, 450, tier, 3), equipment(r, facts, years(years)));
    }

    private static Text outdoorCamera(Random r, String line) {
        int tier = r.nextInt(3);
        int megapixels = new int[] {4, 5, 8}[tier];
        String shape = pick(r, "tube", "dôme anti-vandale");
        String title = "Caméra d'extérieur " + shape + " " + line + " " + ref(r, "X", tier) + " " + megapixels + " Mpx";
        int years = pickInt(r, 2, 3);
        String description = String.format(Locale.ROOT, "Caméra IP fixe d'extérieur en boîtier %s étanche IP67, "
                        + "capteur %d mégapixels et objectif %s. Vision nocturne infrarouge jusqu'à %d m et détection "
                        + "des personnes et des véhicules pour limiter les fausses alertes. Alimentation PoE, "
                        + "fonctionnement de -30 °C à +60 °C. Garantie %s.",
                shape.equals("tube") ? "tube" : "dôme anti-vandale IK10", megapixels,
                new String[] {"fixe de 2,8 mm", "varifocal 2,8-12 mm", "varifocal motorisé 2,8-12 mm"}[tier],
                new int[] {30, 40, 60}[tier], years(years));
        Facts facts = new Facts()
                .qty("sensor_resolution", megapixels, "Mpx")
                .attr("ingress_protection", "IP67")
                .yes("night_vision")
                .yes("poe")
                .yes("person_vehicle_detection")
                .bool("vandal_resistant", !shape.equals("tube"))
                .attr("warranty", years(years));
        return new Text(title, description, retail(r, 150, 700, tier, 3), equipment(r, facts, years(years)));
    }

    private static Text motorisedCamera(Random r, String line) {
        int tier = r.nextInt(3);
        int zoom = new int[] {4, 12, 25}[tier];
        String title = "Caméra motorisée " + line + " PTZ " + ref(r, "M", tier) + " zoom ×" + zoom;
        int megapixels = pickInt(r, 2, 4);
        int years = pickInt(r, 2, 3);
        String description = String.format(Locale.ROOT, "Caméra dôme motorisée orientable sur 360° et inclinable "
                        + "sur 90°, zoom optique ×%d et capteur %d mégapixels. Rondes programmées, suivi automatique "
                        + "des mouvements et vision nocturne jusqu'à %d m. %s Garantie %s.",
                zoom, megapixels, new int[] {30, 100, 150}[tier],
                pick(r, "Pilotage depuis un téléphone ou le poste de supervision.",
                        "Pose en façade ou sur mât comprise dans un rayon de 50 km.",
                        "Livrée avec son support mural et son alimentation PoE+."),
                years(years));
        Facts facts = new Facts()
                .qty("sensor_resolution", megapixels, "Mpx")
                .yes("pan_tilt")
                .yes("preset_tours")
                .yes("night_vision")
                .yes("auto_tracking")
                .attr("warranty", years(years));
        return new Text(title, description, retail(r, 400, 1_800, tier, 3), equipment(r, facts, years(years)));
    }

    private static Text printer(Random r, String line) {
        int tier = r.nextInt(3);
        String reference = ref(r, "L", tier);
        Facts facts = new Facts();
        return switch (tier) {
            case 0 -> {
                int speed = pickInt(r, 30, 34, 38, 40);
                String cents = pick(r, "1,5", "1,8", "2,1");
                facts.qty("print_speed", speed, "ppm").yes("duplex").attr("interfaces", "Ethernet; Wi-Fi; USB")
                        .attr("paper_format", "A4").bool("colour", false)
                        .attr("cost_per_page", "environ " + cents + " centime par page avec la cartouche haute capacité")
                        .attr("warranty", "2 ans");
                yield new Text("Imprimante laser monochrome " + line + " " + reference, String.format(Locale.ROOT,
                        "Imprimante laser monochrome A4 de %d pages par minute, recto-verso automatique et connexion "
                                + "réseau Ethernet et Wi-Fi. Bac de 250 feuilles, première page en moins de 8 secondes. "
                                + "Coût d'environ %s centimes par page avec la cartouche haute capacité. Garantie 2 ans.",
                        speed, cents), retail(r, 150, 400, 0, 1), equipment(r, facts, "2 ans"));
            }
            case 1 -> {
                int speed = pickInt(r, 25, 28, 33);
                facts.qty("print_speed", speed, "ppm").yes("duplex").attr("interfaces", "Ethernet; Wi-Fi; USB")
                        .attr("paper_format", "A4").bool("colour", true)
                        .attr("cost_per_page", "environ 9 centimes par page couleur et 1,6 centime en noir")
                        .attr("warranty", "1 an");
                yield new Text("Multifonction laser couleur " + line + " " + reference, String.format(Locale.ROOT,
                        "Imprimante multifonction laser couleur A4 : impression, copie et numérisation recto-verso. "
                                + "%d pages par minute, chargeur automatique de 50 feuilles et numérisation directe vers "
                                + "la messagerie ou un dossier partagé. Installation sur le réseau et entretien la "
                                + "première année compris.",
                        speed), retail(r, 400, 1_100, 0, 1),
                        equipment(r, facts, "1 an avec entretien compris"));
            }
            default -> {
                int speed = pickInt(r, 30, 35, 45);
                int years = pickInt(r, 2, 3);
                facts.qty("print_speed", speed, "ppm").yes("duplex").attr("interfaces", "Ethernet; USB")
                        .attr("paper_format", "A3").bool("colour", true)
                        .attr("cost_per_page", "environ 6 centimes par page couleur et 0,9 centime en noir, "
                                + "toner et entretien compris au contrat")
                        .attr("warranty", years(years));
                yield new Text("Multifonction couleur A3 " + line + " " + reference, String.format(Locale.ROOT,
                        "Multifonction couleur A3 de %d pages par minute pour les bureaux de 5 à 20 personnes, avec "
                                + "recto-verso automatique, deux bacs de 500 feuilles et agrafage. Impression sécurisée "
                                + "par code, suivi des volumes par utilisateur et numérisation vers le cloud. Garantie "
                                + "%s sur site, intervention le jour ouvré suivant.",
                        speed, years(years)), retail(r, 1_100, 2_500, 0, 1),
                        equipment(r, facts, years(years) + " sur site"));
            }
        };
    }

    private static Text labelPrinter(Random r, String line) {
        int tier = r.nextInt(3);
        int width = new int[] {56, 104, 108}[tier];
        String title = "Imprimante d'étiquettes " + line + " " + ref(r, "T", tier) + " " + width + " mm";
        int dpi = pickInt(r, new int[][] {{203}, {203, 300}, {300}}[tier]);
        String technology = new String[] {"thermique direct", "thermique direct ou transfert thermique",
                "transfert thermique"}[tier];
        int years = pickInt(r, 1, 2);
        String description = String.format(Locale.ROOT, "Imprimante d'étiquettes %s, largeur d'impression jusqu'à "
                        + "%d mm et résolution de %d points par pouce. Connexion %s, logiciel de création "
                        + "d'étiquettes et de codes-barres fourni. %s Garantie %s.",
                new String[] {"en thermique direct", "en thermique direct ou par transfert thermique",
                        "par transfert thermique"}[tier],
                width, dpi, new String[] {"USB", "USB et Ethernet", "USB, Ethernet et Wi-Fi"}[tier],
                pick(r, "Adaptée aux étiquettes d'expédition, de prix et de rayonnage.",
                        "Pour la traçabilité alimentaire, les colis et les étiquettes de produits.",
                        "Étiquettes résistantes à l'humidité et aux frottements pour les ateliers."),
                years(years));
        Facts facts = new Facts()
                .attr("print_technology", technology)
                .attr("print_resolution", dpi + " dpi")
                .attr("interfaces", new String[] {"USB", "USB; Ethernet", "USB; Ethernet; Wi-Fi"}[tier])
                .yes("label_software")
                .yes("documentation_fr")
                .attr("warranty", years(years));
        return new Text(title, description, retail(r, 150, 600, tier, 3), equipment(r, facts, years(years)));
    }

    // --- R1: servers and networks -------------------------------------------------------------

    private static final List<String> SERVER_SYSTEMS = List.of("Windows Server 2022 Standard",
            "Windows Server 2025 Standard", "Debian 12", "Ubuntu Server 24.04 LTS");

    private static Text applicationServer(Random r, String line) {
        int tier = r.nextInt(3);
        int disks = pickInt(r, new int[][] {{2}, {3, 4}, {4, 6}}[tier]);
        String title = "Serveur d'applications " + line + " " + new String[] {"tour", "rack 1U", "rack 2U"}[tier]
                + " " + ref(r, "S", tier);
        int cores = pickInt(r, new int[][] {{8}, {12, 16}, {16, 24}}[tier]);
        int memory = new int[] {32, 64, 128}[tier];
        boolean large = r.nextBoolean();
        String raid = disks == 2 ? "1" : disks == 3 ? "5" : "10";
        int years = pickInt(r, 3, 5);
        String os = SERVER_SYSTEMS.get(r.nextInt(SERVER_SYSTEMS.size()));
        String description = String.format(Locale.ROOT, "Serveur %s à processeur %d cœurs, %d Go de mémoire ECC et "
                        + "%d disques SSD de %s en RAID %s, livré sous %s. Prêt pour votre logiciel de gestion, de "
                        + "comptabilité ou de caisse, avec onduleur et sauvegarde externe quotidienne. Garantie %s "
                        + "sur site, intervention en 4 heures ouvrées.",
                new String[] {"tour silencieux", "rackable 1U", "rackable 2U"}[tier],
                cores, memory, disks, large ? "1,92 To" : "960 Go", raid, os, years(years));
        int totalGo = disks * (large ? 1_920 : 960);
        Facts facts = new Facts()
                .qty("memory", memory, "Go")
                .yes("ecc_memory")
                .attr("storage", terabytes(totalGo))
                .attr("raid_level", "RAID " + raid)
                .attr("os", os)
                .yes("ups_included")
                .attr("warranty", years(years))
                .yes("on_site_support");
        return new Text(title, description, retail(r, 1_200, 5_000, tier, 3),
                equipment(r, facts, years(years) + " sur site avec intervention en 4 heures ouvrées"));
    }

    /** A size in Go written as people write it: "960 Go", "1,92 To", "7,68 To". */
    private static String terabytes(int go) {
        if (go < 1_000) {
            return go + " Go";
        }
        return BigDecimal.valueOf(go, 3).stripTrailingZeros().toPlainString().replace('.', ',') + " To";
    }

    private static Text dedicatedServer(Random r, String line) {
        int tier = r.nextInt(3);
        int seats = pickInt(r, new int[][] {{5, 10}, {10, 15, 20}, {20, 25, 30}}[tier]);
        String title = "Serveur pré-intégré " + line + " "
                + new String[] {"Fichiers et sauvegarde", "Messagerie et agendas", "Tout-en-un"}[tier]
                + " " + seats + " postes";
        int extra = r.nextInt(3);
        String description = String.format(Locale.ROOT, "Serveur dédié livré configuré pour %s, dimensionné pour "
                        + "%d postes. %s Mise en service sur site, reprise des données existantes et formation d'un "
                        + "référent de l'entreprise comprises. Garantie 3 ans sur site.",
                new String[] {"le partage de fichiers et la sauvegarde automatique",
                        "la messagerie, les agendas partagés, l'annuaire des utilisateurs et la sauvegarde automatique",
                        "le partage de fichiers, la messagerie, la sauvegarde et l'accès distant"}[tier],
                seats,
                new String[] {"Sauvegarde chiffrée chaque nuit sur disque externe et copie hors site.",
                        "Supervision à distance avec alerte en cas de panne de disque ou de mise à jour manquée.",
                        "Disques en miroir et onduleur fournis pour protéger les données en cas de coupure."}[extra]);
        Facts facts = new Facts()
                .qty("users_capacity", seats, "postes")
                .attr("functions", new String[] {"partage de fichiers; sauvegarde",
                        "messagerie; agendas partagés; annuaire; sauvegarde",
                        "partage de fichiers; messagerie; sauvegarde; accès distant"}[tier])
                .yes("on_site_setup")
                .yes("data_migration")
                .yes("training_included")
                .bool("remote_monitoring", extra == 1)
                .attr("warranty", "3 ans");
        return new Text(title, description,
                retail((900 + seats * between(r, 120, 150)) * (1 + 0.1 * tier)), equipment(r, facts, "3 ans sur site"));
    }

    private static Text wiredLan(Random r, String line) {
        if (r.nextInt(5) < 2) {
            int tier = r.nextInt(2);
            int ports = new int[] {24, 48}[tier];
            int years = pickInt(r, 3, 5);
            Facts facts = new Facts()
                    .attr("port_speed", "1 Gbit/s")
                    .yes("managed_switch")
                    .yes("poe")
                    .yes("configuration_included")
                    .yes("documentation_fr")
                    .attr("warranty", years(years));
            return new Text("Commutateur administrable " + line + " " + ports + " ports " + ref(r, "K", tier),
                    String.format(Locale.ROOT, "Commutateur administrable de %d ports Gigabit, dont %d alimentés "
                                    + "en PoE+ pour les téléphones, les bornes Wi-Fi et les caméras. Deux ports SFP pour "
                                    + "relier un second local en fibre optique, réseaux virtuels (VLAN) et qualité de "
                                    + "service pour la voix. Configuration initiale par téléphone comprise, garantie %s.",
                            ports, ports / 2, years(years)), retail(r, 300, 1_000, tier, 2),
                    equipment(r, facts, years(years)));
        }
        int tier = r.nextInt(3);
        int sockets = pickInt(r, new int[][] {{8, 12}, {16, 24}, {32, 48}}[tier]);
        Facts facts = new Facts()
                .attr("port_speed", "1000 Mbit/s")
                .yes("managed_switch")
                .bool("poe", false)
                .yes("configuration_included")
                .yes("documentation_fr")
                .attr("warranty", "2 ans");
        return new Text("Réseau filaire " + line + " – " + sockets + " prises RJ45",
                String.format(Locale.ROOT, "Câblage de %d prises RJ45 catégorie 6A, baie de brassage et commutateur "
                                + "Gigabit administrable. Pose, repérage et recette de chaque prise, avec remise du "
                                + "cahier de recette et du plan de câblage. %s Garantie 2 ans sur le commutateur, 10 ans "
                                + "sur le câblage.",
                        sockets, pick(r, "Intervention en site occupé, sans interrompre l'activité.",
                                "Travaux réalisables le samedi sans supplément.",
                                "Chaque liaison est certifiée au testeur.")),
                retail(350 + sockets * between(r, 45, 60)),
                equipment(r, facts, "2 ans sur le commutateur et 10 ans sur le câblage"));
    }

    private static Text plc(Random r, String line) {
        int tier = r.nextInt(3);
        int adapters = pickInt(r, 2, 3);
        int speed = new int[] {1_000, 1_300, 2_400}[tier];
        String title = "Kit CPL " + line + " " + speed + " Mbit/s – " + adapters + " adaptateurs";
        int years = pickInt(r, 2, 3);
        String description = String.format(Locale.ROOT, "Kit de %d adaptateurs CPL à %d Mbit/s théoriques, %s. Le "
                        + "réseau passe par les prises électriques existantes, sans travaux, chiffré en AES 128 bits "
                        + "par simple appui sur un bouton. %s Garantie %s, guide d'installation en français.",
                adapters, speed,
                new String[] {"avec prise électrique intégrée", "avec deux ports Gigabit par adaptateur",
                        "dont un point d'accès Wi-Fi 6"}[tier],
                pick(r, "Idéal pour relier un bureau à l'étage, une réserve ou un atelier.",
                        "Installation et test dans vos locaux disponibles en option.",
                        "Appairage automatique des adaptateurs ajoutés plus tard."),
                years(years));
        Facts facts = new Facts()
                .qty("link_speed", speed, "Mbit/s")
                .yes("encryption")
                .bool("wifi_access_point", tier == 2)
                .yes("documentation_fr")
                .attr("warranty", years(years));
        BigDecimal price = retail(between(r, new double[] {55, 110, 180}[tier], new double[] {90, 160, 260}[tier])
                * (adapters == 3 ? 1.45 : 1));
        return new Text(title, description, price, equipment(r, facts, years(years)));
    }

    private static final String[] NUMBERS = {"Zéro", "Une", "Deux", "Trois", "Quatre", "Cinq", "Six"};

    private static Text wifi(Random r, String line) {
        int tier = r.nextInt(3);
        int points = pickInt(r, new int[][] {{1}, {2, 3}, {4, 6}}[tier]);
        String standard = pick(r, "Wi-Fi 6", "Wi-Fi 6E", "Wi-Fi 7");
        int area = points * pickInt(r, 150, 200, 250);
        String title = "Wi-Fi professionnel " + line + " – " + points + (points == 1 ? " borne " : " bornes ") + standard;
        String description = String.format(Locale.ROOT, "%s couvrant jusqu'à %d m², gérée%s depuis une console "
                        + "unique et protégée%s par le chiffrement WPA3. Réseau invité séparé avec portail d'accueil, "
                        + "pour ne jamais ouvrir le réseau de l'entreprise aux visiteurs. Étude de couverture, pose et "
                        + "paramétrage compris, garantie 3 ans.",
                points == 1 ? "Une borne " + standard + " professionnelle"
                        : NUMBERS[points] + " bornes " + standard + " professionnelles",
                area, points == 1 ? "" : "s", points == 1 ? "" : "s");
        double perPoint = standard.equals("Wi-Fi 6") ? between(r, 180, 240)
                : standard.equals("Wi-Fi 6E") ? between(r, 230, 290) : between(r, 290, 360);
        Facts facts = new Facts()
                .attr("wifi_standard", standard)
                .yes("guest_network")
                .yes("central_management")
                .yes("site_survey")
                .yes("wpa3")
                .attr("warranty", "3 ans");
        equipment(r, facts, "3 ans, échange de la borne défectueuse");
        facts.price("base_vs_optional", Math.round(perPoint), "borne supplémentaire",
                "Compris : étude de couverture, pose, paramétrage et réseau invité. En option : borne supplémentaire "
                        + "posée et paramétrée, au prix indiqué.");
        return new Text(title, description, retail(150 + points * perPoint), facts);
    }

    private static Text remoteAccess(Random r, String line) {
        int tier = r.nextInt(3);
        int users = pickInt(r, new int[][] {{5, 10}, {15, 25}, {50}}[tier]);
        String title = "Accès distant sécurisé " + line + " – " + users + " utilisateurs";
        int extra = r.nextInt(3);
        int updateYears = extra == 1 ? 3 : 1;
        String description = String.format(Locale.ROOT, "Passerelle VPN pour %d utilisateurs en télétravail ou en "
                        + "déplacement, avec double authentification par application mobile. Accès aux fichiers, aux "
                        + "logiciels et à la téléphonie de l'entreprise comme au bureau, échanges chiffrés de bout en "
                        + "bout. %s Passerelle garantie 2 ans.",
                users, new String[] {"Configuration des postes et guide en français pour les utilisateurs compris, "
                                + "mises à jour de sécurité incluses pendant un an.",
                        "Licences et mises à jour pour trois ans incluses.",
                        "Mise en service à distance en une demi-journée, mises à jour de sécurité incluses pendant un an."}[extra]);
        Facts facts = new Facts()
                .qty("users_capacity", users, "postes")
                .yes("two_factor_auth")
                .yes("encryption")
                .attr("updates_duration", years(updateYears))
                .bool("documentation_fr", extra == 0)
                .attr("warranty", "2 ans");
        return new Text(title, description, retail(150 + users * between(r, 35, 45)), equipment(r, facts, "2 ans"));
    }

    private static Text security(Random r, String line) {
        int tier = r.nextInt(3);
        if (r.nextInt(4) == 0) {
            int seats = new int[] {5, 10, 25}[tier];
            Facts facts = new Facts()
                    .qty("users_capacity", seats, "postes")
                    .yes("antivirus")
                    .yes("firewall")
                    .attr("updates_duration", "12 mois")
                    .bool("web_filtering", false)
                    .included("warranty_cover", "Administration à distance, mises à jour surveillées et nettoyage en "
                            + "cas d'infection compris pendant un an.")
                    .described("terms_of_sale", pick(r, SERVICE_TERMS));
            return new Text("Protection des postes gérée " + line + " – " + seats + " postes",
                    String.format(Locale.ROOT, "Antivirus et pare-feu de poste pour %d ordinateurs, administrés à "
                                    + "distance par nos techniciens pendant un an. Mises à jour surveillées, alerte et "
                                    + "nettoyage en cas d'infection, rapport mensuel au dirigeant. Déploiement sur les "
                                    + "postes compris.",
                            seats), retail(r, 300, 1_200, tier, 3), facts);
        }
        int seats = new int[] {10, 25, 50}[tier];
        String title = "Pare-feu unifié " + line + " " + ref(r, "G", tier) + " – " + seats + " postes";
        String extra = pick(r, "Rapport mensuel des menaces bloquées envoyé au dirigeant.",
                "Liaisons VPN avec les sites distants et les télétravailleurs incluses.",
                "Console d'administration en français et alertes par courriel.");
        int years = pickInt(r, 1, 3);
        String description = String.format(Locale.ROOT, "Pare-feu unifié pour protéger jusqu'à %d postes : filtrage "
                        + "web, antivirus et antispam en passerelle, détection d'intrusion. %s Abonnement de %s aux "
                        + "mises à jour de sécurité et assistance téléphonique compris.",
                seats, extra, years(years));
        Facts facts = new Facts()
                .qty("users_capacity", seats, "postes")
                .yes("antivirus")
                .yes("firewall")
                .attr("updates_duration", years(years))
                .yes("web_filtering")
                .included("warranty_cover", "Boîtier garanti pendant toute la durée de l'abonnement, échange "
                        + "standard sous 24 heures ouvrées ; assistance téléphonique comprise.")
                .described("terms_of_sale", pick(r, EQUIPMENT_TERMS));
        return new Text(title, description, retail(r, 600, 3_500, tier, 3), facts);
    }

    // --- R2: telecom --------------------------------------------------------------------------

    private static Text telecomEquipment(Random r, String line) {
        Facts facts = new Facts();
        Text text = switch (r.nextInt(4)) {
            case 0 -> {
                int tier = r.nextInt(3);
                int seats = new int[] {8, 16, 32}[tier];
                facts.attr("standards_compatibility", "SIP (RFC 3261), postes IP alimentés en PoE").yes(
                        "installation_included").yes("documentation_fr").attr("warranty", "3 ans");
                yield new Text("Standard téléphonique IP " + line + " " + seats + " postes",
                        String.format(Locale.ROOT, "Standard téléphonique IP pour %d postes avec accueil vocal, files "
                                        + "d'attente, renvoi vers les mobiles et messages vocaux transmis par courriel. "
                                        + "Livré avec %d postes IP à écran couleur alimentés par le réseau. Installation, "
                                        + "programmation et formation des utilisateurs sur site comprises. Garantie 3 ans.",
                                seats, seats / 2), retail(r, 900, 4_500, tier, 3), facts);
            }
            case 1 -> {
                int tier = r.nextInt(2);
                facts.attr("standards_compatibility", "SIP, alimentation PoE (802.3af)").bool("installation_included",
                        false).yes("documentation_fr").attr("warranty", "3 ans");
                yield new Text("Poste téléphonique IP " + line + " " + ref(r, "IP", tier),
                        String.format(Locale.ROOT, "Poste téléphonique IP à écran couleur, %d touches programmables "
                                        + "et combiné haute définition. Compatible avec les standards IP du marché et la "
                                        + "téléphonie hébergée, alimentation par le réseau (PoE). Garantie 3 ans.",
                                new int[] {6, 12}[tier]), retail(r, 90, 350, tier, 2), facts);
            }
            case 2 -> {
                int handsets = pickInt(r, 2, 4, 6);
                facts.attr("standards_compatibility", "DECT GAP et CAT-iq, base SIP").bool("installation_included",
                        false).yes("documentation_fr").attr("warranty", "2 ans");
                yield new Text("Téléphonie sans fil DECT " + line + " – base et " + handsets + " combinés",
                        String.format(Locale.ROOT, "Base DECT IP et %d combinés sans fil pour rester joignable dans "
                                        + "l'atelier, le magasin ou l'entrepôt. Portée de 50 m en intérieur et de 300 m en "
                                        + "extérieur, 20 heures de conversation. Répéteurs disponibles pour les grands "
                                        + "locaux. Garantie 2 ans.",
                                handsets), retail(r, 150, 900, handsets / 2 - 1, 3), facts);
            }
            default -> {
                int tier = r.nextInt(2);
                facts.attr("standards_compatibility", "USB (UVC et UAC), compatible Teams, Zoom et Google Meet").yes(
                        "installation_included").yes("documentation_fr").attr("warranty", "2 ans");
                yield new Text("Kit de visioconférence " + line + " " + ref(r, "VC", tier),
                        String.format(Locale.ROOT, "Barre de visioconférence avec caméra grand angle 4K, micros à "
                                        + "réduction de bruit et haut-parleur pour les salles de %s personnes. Compatible "
                                        + "avec les principaux services de visioconférence, branchement USB sur le portable "
                                        + "de la réunion. Installation et une heure de prise en main comprises, garantie "
                                        + "2 ans.",
                                new String[] {"2 à 6", "6 à 12"}[tier]), retail(r, 600, 2_500, tier, 2), facts);
            }
        };
        equipment(r, facts, facts.attributes.get("warranty"));
        return new Text(text.title(), text.description(), text.price(), facts);
    }

    private static final String[] COMMITMENTS = {"sans engagement", "engagement de 12 mois", "engagement de 24 mois"};
    private static final String[] COMMITMENT_MONTHS = {"0 mois", "12 mois", "24 mois"};

    private static final String[] SUPPORT_HOURS = {"du lundi au samedi de 8 h à 20 h",
            "7 jours sur 7 de 8 h à 22 h", "24 heures sur 24, 7 jours sur 7"};

    private static Text telecomService(Random r) {
        int commitment = r.nextInt(COMMITMENTS.length);
        String support = pick(r, SUPPORT_HOURS);
        Facts facts = new Facts().attr("commitment_period", COMMITMENT_MONTHS[commitment]).yes("number_portability");
        Text text;
        String perWhat;
        String pack;
        switch (r.nextInt(4)) {
            case 0 -> {
                int tier = r.nextInt(3);
                int data = pickInt(r, new int[][] {{10, 20}, {50, 80}, {150, 200}}[tier]);
                facts.yes("unlimited_calls_france");
                perWhat = "ligne et par mois";
                pack = "Forfait : appels, SMS et MMS illimités en France et " + data + " Go d'internet mobile. Options : "
                        + "appels vers l'international et recharge de 10 Go, au prix indiqué.";
                text = new Text("Forfait mobile Pro " + data + " Go",
                        String.format(Locale.ROOT, "Forfait mobile professionnel avec appels, SMS et MMS illimités "
                                        + "en France et %d Go d'internet mobile en 4G/5G. %s Assistance joignable %s. "
                                        + "Prix mensuel par ligne, %s.",
                                data, pick(r, "Appels et internet depuis l'Union européenne compris.",
                                        "Double appel, messagerie vocale visuelle et partage de connexion inclus.",
                                        "Gestion des lignes en ligne et facture détaillée par collaborateur."),
                                support, COMMITMENTS[commitment]), retail(r, 20, 50, tier, 3), facts);
            }
            case 1 -> {
                int tier = r.nextInt(2);
                facts.yes("unlimited_calls_france");
                perWhat = "ligne et par mois";
                pack = "Forfait : appels illimités vers les fixes et les mobiles de France"
                        + (tier == 0 ? "" : " et vers les fixes de 50 destinations")
                        + ". Options : numéro supplémentaire et standard virtuel, au prix indiqué.";
                text = new Text(new String[] {"Ligne fixe IP Pro", "Ligne fixe IP Pro International"}[tier],
                        String.format(Locale.ROOT, "Ligne téléphonique sur votre accès Internet, avec appels illimités "
                                        + "vers les fixes et les mobiles de France%s. Conservation de votre numéro, "
                                        + "présentation du numéro et renvoi d'appel vers un mobile. Assistance joignable "
                                        + "%s. Prix mensuel, %s.",
                                tier == 0 ? "" : " et vers les fixes de 50 destinations", support,
                                COMMITMENTS[commitment]),
                        retail(r, 20, 45, tier, 2), facts);
            }
            case 2 -> {
                int tier = r.nextInt(3);
                int users = pickInt(r, new int[][] {{3, 5}, {8, 10}, {12, 15}}[tier]);
                facts.yes("unlimited_calls_france");
                perWhat = "mois pour " + users + " utilisateurs";
                pack = "Forfait : standard hébergé, application pour téléphone et ordinateur et appels illimités vers "
                        + "la France pour " + users + " utilisateurs. Options : utilisateur supplémentaire et "
                        + "enregistrement des appels, au prix indiqué.";
                text = new Text("Standard hébergé " + users + " utilisateurs",
                        String.format(Locale.ROOT, "Standard téléphonique hébergé pour %d utilisateurs : accueil "
                                        + "vocal, horaires d'ouverture, files d'attente et renvoi vers les mobiles. Appels "
                                        + "illimités vers les fixes et les mobiles de France, application pour téléphone et "
                                        + "ordinateur. Assistance joignable %s. Prix mensuel, %s.",
                                users, support, COMMITMENTS[commitment]), retail(15 + users * between(r, 6, 7)), facts);
            }
            default -> {
                int tier = r.nextInt(3);
                int channels = pickInt(r, new int[][] {{2, 4}, {6, 8}, {10, 12}}[tier]);
                facts.bool("unlimited_calls_france", false);
                perWhat = "mois pour " + channels + " communications";
                pack = "Forfait : " + channels + " communications simultanées, 10 numéros et appels illimités vers les "
                        + "fixes de France. Options : appels vers les mobiles au forfait et tranche de 10 numéros "
                        + "supplémentaire, au prix indiqué.";
                text = new Text("Trunk SIP " + channels + " communications simultanées",
                        String.format(Locale.ROOT, "Raccordement de votre standard IP au réseau téléphonique par "
                                        + "trunk SIP : %d communications simultanées et une tranche de 10 numéros. Appels "
                                        + "illimités vers les fixes de France, secours automatique vers un numéro mobile "
                                        + "en cas de coupure. Assistance joignable %s. Prix mensuel, %s.",
                                channels, support, COMMITMENTS[commitment]), retail(10 + channels * between(r, 7, 9)),
                        facts);
            }
        }
        facts.attr("support_hours", support)
                .yes("detailed_billing")
                .price("price_per_service", text.price(), perWhat, "Abonnement mensuel hors taxes, "
                        + COMMITMENTS[commitment] + ", facturé à terme échu.")
                .price("packages_options", pickInt(r, 5, 10, 15), "option et par mois", pack)
                .included("extra_costs", "Mise en service, portabilité du numéro et carte SIM ou configuration "
                        + "offertes ; aucun frais de résiliation après la période d'engagement.")
                .described("terms_of_sale", pick(r, SERVICE_TERMS));
        return new Text(text.title(), text.description(), text.price(), facts);
    }

    // --- R3: Internet -------------------------------------------------------------------------

    private static Text internetAccess(Random r) {
        String support = pick(r, SUPPORT_HOURS);
        Facts facts = new Facts();
        Text text;
        String extraCosts;
        double setupFee = 0;
        switch (r.nextInt(5)) {
            case 0, 1 -> {
                int tier = r.nextInt(3);
                String down = new String[] {"500 Mbit/s", "1 Gbit/s", "2 Gbit/s"}[tier];
                String up = new String[] {"300 Mbit/s", "700 Mbit/s", "1 Gbit/s"}[tier];
                boolean nextDay = r.nextBoolean();
                facts.attr("bandwidth_down", down).attr("bandwidth_up", up).yes("static_ip")
                        .attr("support_hours", support).attr("repair_time", nextDay ? "24 h" : "8 h")
                        .attr("commitment_period", "24 mois");
                extraCosts = "Mise en service et routeur Wi-Fi 6 offerts avec l'engagement de 24 mois ; routeur à "
                        + "restituer en fin de contrat.";
                text = new Text("Fibre Pro " + down + (r.nextBoolean() ? "" : " avec secours 4G"),
                        String.format(Locale.ROOT, "Accès Internet par fibre optique jusqu'à %s en réception et %s en "
                                        + "envoi, avec adresse IP fixe et routeur Wi-Fi 6 professionnel. Assistance "
                                        + "technique joignable %s et rétablissement %s. Prix mensuel, mise en service "
                                        + "offerte avec un engagement de 24 mois.",
                                down, up, support, nextDay ? "le jour ouvré suivant" : "sous 8 heures ouvrées"),
                        retail(r, 30, 90, tier, 3), facts);
            }
            case 2 -> {
                int tier = r.nextInt(3);
                String speed = new String[] {"100 Mbit/s", "300 Mbit/s", "1 Gbit/s"}[tier];
                support = SUPPORT_HOURS[2];
                facts.attr("bandwidth_down", speed).attr("bandwidth_up", speed).yes("static_ip")
                        .attr("support_hours", support).attr("repair_time", "4 h").attr("commitment_period", "36 mois");
                setupFee = 1_500;
                extraCosts = "Frais d'accès au service, raccordement et étude comprise : 1 500 € HT, une fois.";
                text = new Text("Fibre dédiée " + speed + " symétriques",
                        String.format(Locale.ROOT, "Fibre optique dédiée à votre entreprise, avec un débit garanti de "
                                        + "%s dans les deux sens. Garantie de rétablissement en 4 heures, 24 heures sur 24, "
                                        + "supervision permanente et 8 adresses IP fixes. Prix mensuel, engagement de 36 "
                                        + "mois, frais d'accès de 1 500 € HT.",
                                speed), retail(r, 250, 900, tier, 3), facts);
            }
            case 3 -> {
                boolean fiveG = r.nextBoolean();
                String volume = pick(r, "200 Go", "500 Go", "illimité");
                facts.attr("bandwidth_down", fiveG ? "1 Gbit/s" : "300 Mbit/s")
                        .attr("bandwidth_up", fiveG ? "100 Mbit/s" : "50 Mbit/s").bool("static_ip", false)
                        .attr("support_hours", support).attr("repair_time", "48 h").attr("commitment_period", "0 mois");
                extraCosts = "Box et carte SIM fournies sans frais ; antenne extérieure posée si besoin pour 90 € HT.";
                text = new Text("Box " + (fiveG ? "5G" : "4G") + " Pro – " + volume,
                        String.format(Locale.ROOT, "Accès Internet par le réseau mobile %s, jusqu'à %s, pour les locaux "
                                        + "mal desservis ou en attente de la fibre, avec une box Wi-Fi et une antenne "
                                        + "extérieure si besoin. Volume de données %s par mois, assistance joignable %s "
                                        + "et échange de la box sous 48 heures. Prix mensuel, sans engagement.",
                                fiveG ? "5G" : "4G", fiveG ? "1 Gbit/s" : "300 Mbit/s",
                                volume.equals("illimité") ? "illimité" : "de " + volume, support),
                        retail(r, 30, 70, fiveG ? 1 : 0, 2), facts);
            }
            default -> {
                int tier = r.nextInt(2);
                if (tier == 0) {
                    facts.attr("bandwidth_down", "50 Mbit/s").attr("bandwidth_up", "8 Mbit/s").yes("static_ip")
                            .attr("support_hours", support).attr("repair_time", "48 h")
                            .attr("commitment_period", "0 mois");
                    extraCosts = "Mise en service offerte ; modem-routeur fourni, à restituer en fin de contrat.";
                    text = new Text("Internet Pro VDSL jusqu'à 50 Mbit/s",
                            String.format(Locale.ROOT, "Accès haut débit sur ligne téléphonique en cuivre, jusqu'à 50 "
                                            + "Mbit/s selon l'éligibilité, pour les locaux pas encore raccordés à la fibre. "
                                            + "Adresse IP fixe, rétablissement sous 48 heures et assistance joignable %s. "
                                            + "Prix mensuel, sans engagement.",
                                    support), retail(r, 30, 50, 0, 1), facts);
                } else {
                    support = SUPPORT_HOURS[0];
                    facts.attr("bandwidth_down", "150 Mbit/s").attr("bandwidth_up", "20 Mbit/s")
                            .bool("static_ip", false).attr("support_hours", support).attr("repair_time", "72 h")
                            .attr("commitment_period", "12 mois");
                    extraCosts = "Pose de la parabole et réglage par un technicien compris ; déplacement pour un "
                            + "nouveau réglage après la première année : 120 € HT.";
                    text = new Text("Internet Pro par satellite jusqu'à 150 Mbit/s",
                            "Accès Internet par satellite jusqu'à 150 Mbit/s en réception et 20 Mbit/s en envoi, "
                                    + "partout sur le territoire, y compris dans les zones blanches. Pose de la parabole "
                                    + "et réglage par un technicien compris, intervention sous 72 heures en cas de panne. "
                                    + "Prix mensuel, engagement de 12 mois.",
                            retail(r, 60, 120, 0, 1), facts);
                }
            }
        }
        facts.price("price_per_service", text.price(), "mois", "Abonnement mensuel hors taxes, accès, assistance "
                        + "et matériel fourni compris.")
                .price("extra_costs", setupFee, setupFee == 0 ? null : "une fois", extraCosts)
                .described("terms_of_sale", pick(r, SERVICE_TERMS));
        return new Text(text.title(), text.description(), text.price(), facts);
    }

    private static Text website(Random r) {
        Facts facts = new Facts().yes("responsive").yes("legal_notices").yes("content_ownership");
        Text text;
        int days;
        boolean hosting;
        switch (r.nextInt(5)) {
            case 0 -> {
                int pages = pickInt(r, 5, 8, 10, 15);
                days = 30;
                hosting = true;
                text = new Text("Site vitrine " + pages + " pages",
                        String.format(Locale.ROOT, "Création d'un site vitrine de %d pages adapté aux téléphones, avec "
                                        + "formulaire de contact, plan d'accès et référencement local. Reprise de vos "
                                        + "textes, sélection de photos et mise en ligne en un mois sur votre nom de "
                                        + "domaine. Hébergement et nom de domaine compris la première année.",
                                pages), retail(r, 800, 2_200, pages / 5 - 1, 3), facts);
            }
            case 1 -> {
                int tier = r.nextInt(3);
                int products = new int[] {50, 200, 500}[tier];
                days = 60;
                hosting = true;
                text = new Text("Boutique en ligne jusqu'à " + products + " produits",
                        String.format(Locale.ROOT, "Boutique en ligne clé en main pour %d produits, adaptée aux "
                                        + "téléphones : paiement sécurisé par carte, gestion des stocks, des frais de port "
                                        + "et des factures. Conditions générales, mentions légales et bandeau de cookies "
                                        + "conformes. Formation de deux heures et hébergement la première année compris.",
                                products), retail(r, 2_500, 5_000, tier, 3), facts);
            }
            case 2 -> {
                String trade = pick(r, "artisans", "professions de santé", "restaurants", "instituts de beauté");
                days = 21;
                hosting = true;
                text = new Text("Site avec prise de rendez-vous en ligne pour " + trade,
                        "Site de 5 pages avec agenda de réservation en ligne, confirmation et rappel des rendez-vous "
                                + "par courriel ou SMS. Vos clients réservent à toute heure, vous gardez la main sur "
                                + "vos disponibilités depuis votre téléphone. Mise en ligne en trois semaines.",
                        retail(r, 1_500, 3_000, 0, 1), facts);
            }
            case 3 -> {
                String languages = pick(r, "français et anglais", "français, anglais et espagnol",
                        "français, anglais et allemand", "français, anglais et italien");
                days = 45;
                hosting = false;
                text = new Text("Site multilingue " + languages,
                        String.format(Locale.ROOT, "Site de 10 pages en %s, avec traduction professionnelle des "
                                        + "textes et choix de la langue sur chaque page. Référencement dans chaque langue "
                                        + "et statistiques de fréquentation respectueuses de la vie privée. Idéal pour le "
                                        + "tourisme et l'export.",
                                languages), retail(r, 2_000, 4_200, 0, 1), facts);
            }
            default -> {
                boolean accessibility = r.nextBoolean();
                days = 45;
                hosting = false;
                text = new Text(accessibility ? "Refonte de site et mise en accessibilité" : "Refonte de site existant",
                        (accessibility ? "Refonte de votre site actuel et mise en conformité avec le référentiel "
                                + "d'accessibilité (RGAA), pour les personnes handicapées comme pour tous. "
                                : "Refonte graphique et technique de votre site actuel, adapté aux téléphones et plus "
                                + "rapide. ") + "Reprise des contenus, redirection des anciennes adresses pour garder "
                                + "votre référencement, mise en ligne sans interruption.",
                        retail(r, 900, 3_000, accessibility ? 1 : 0, 2), facts);
            }
        }
        int maintenance = pickInt(r, 29, 39, 49);
        facts.qty("delivery_time", days, "jours")
                .bool("hosting_included", hosting)
                .price("price_per_service", text.price(), "forfait", "Prix forfaitaire de la création, de la "
                        + "maquette à la mise en ligne, révisions comprises jusqu'à validation.")
                .price("packages_options", maintenance, "mois", "Option maintenance : mises à jour de sécurité, "
                        + "sauvegardes et petites modifications, sans engagement.")
                .price("extra_costs", hosting ? 120 : 180, "an", hosting
                        ? "Hébergement et nom de domaine à partir de la deuxième année ; photos de banque d'images "
                                + "facturées au prix coûtant."
                        : "Hébergement et nom de domaine, si vous n'en avez pas déjà ; photos de banque d'images "
                                + "facturées au prix coûtant.")
                .described("terms_of_sale", pick(r, SERVICE_TERMS));
        return new Text(text.title(), text.description(), text.price(), facts);
    }

    // --- R4: service providers ----------------------------------------------------------------

    /** How a service is billed: the unit of its price and the R12 texts that go with it. */
    private enum Billing {
        DAY("jour", "Facturation à la journée de 7 heures sur site ; une demi-journée est facturée 55 % du prix.",
                "Une journée sur site, puis le rapport écrit remis sous 10 jours ouvrés."),
        HOUR("heure", "Facturation à l'heure, décomptée au quart d'heure après une première heure due.",
                "Durée réelle de l'intervention, au quart d'heure près ; une heure au minimum."),
        HOURS_BOOK("carnet", "Carnet d'heures prépayé, valable un an, décompté au quart d'heure.",
                "Chaque intervention est décomptée du carnet au quart d'heure, 30 minutes au minimum."),
        YEAR("an", "Contrat annuel, payable par trimestre, renouvelable chaque année.",
                "Interventions sans limite de durée pendant les 12 mois du contrat, pour les pannes couvertes."),
        MONTH("mois", "Abonnement mensuel, résiliable avec un mois de préavis après la première année.",
                "Interventions sans limite de durée pendant le mois, pour les pannes couvertes."),
        SEAT("poste", "Prix par poste installé, quel que soit le temps passé.",
                "Environ deux heures par poste, sur site."),
        SEAT_MONTH("poste et par mois", "Abonnement mensuel par poste, ajusté chaque mois au nombre de postes.",
                "Assistance sans limite de durée pendant le mois, intervention sur site si nécessaire."),
        LINE_MONTH("ligne et par mois", "Abonnement mensuel par ligne, ajusté chaque mois au nombre de lignes.",
                "Gestion continue pendant le mois ; une commande ou un remplacement est traité sous 48 heures."),
        FLAT("forfait", "Prix forfaitaire pour la prestation décrite, sans supplément si elle dure plus longtemps.",
                "Une demi-journée à une journée sur site selon la prestation.");

        final String unit;
        final String baseUnit;
        final String duration;

        Billing(String unit, String baseUnit, String duration) {
            this.unit = unit;
            this.baseUnit = baseUnit;
            this.duration = duration;
        }
    }

    /** A service of a provider: its text, its price range and how it is billed. */
    private record Service(String title, String description, double minPrice, double maxPrice, Billing billing) {
    }

    private static final String[] CERTIFICATIONS = {"Certification ISO/IEC 27001 Lead Implementer",
            "Qualification OPQCM « Conseil en systèmes d'information »", "Label ExpertCyber"};

    private static Text adviser(Random r) {
        Service service = ADVISER_SERVICES.get(r.nextInt(ADVISER_SERVICES.size()));
        int radius = pickInt(r, 30, 40, 50, 60);
        String description = String.format(Locale.ROOT, service.description(), "", radius);
        double raw = service.minPrice() + r.nextDouble() * (service.maxPrice() - service.minPrice());
        BigDecimal price = rate(raw);
        int certification = r.nextInt(CERTIFICATIONS.length + 1);
        Facts facts = new Facts()
                .yes("commission_disclosure")
                .yes("written_report")
                .attr("intervention_area", "Le département et les départements voisins ; déplacement compris dans un "
                        + "rayon de " + radius + " km");
        if (certification < CERTIFICATIONS.length) {
            facts.attr("certifications", CERTIFICATIONS[certification]);
        }
        providerPricing(r, facts, service, price, radius);
        return new Text(service.title(), description, price, facts);
    }

    private static Text centre(Random r, List<Service> services, List<String> annex3) {
        Service service = services.get(r.nextInt(services.size()));
        int hours = pickInt(r, 4, 8);
        int radius = pickInt(r, 30, 40, 50, 60);
        String description = String.format(Locale.ROOT, service.description(), hours + " heures", radius);
        double raw = service.minPrice() + r.nextDouble() * (service.maxPrice() - service.minPrice());
        BigDecimal price = rate(raw);
        Facts facts = new Facts()
                .qty("intervention_time", hours, "h")
                .attr("support_hours", pick(r, "du lundi au vendredi de 8 h 30 à 18 h",
                        "du lundi au samedi de 8 h à 19 h", "24 heures sur 24, 7 jours sur 7 pour les contrats"));
        // R9: most services in-house; leasing always through a financing partner, sites often through an agency
        for (String key : annex3) {
            boolean direct = switch (key) {
                case "financing_leasing" -> false;
                case "website_services" -> r.nextBoolean();
                default -> r.nextInt(5) > 0;
            };
            facts.service(key, direct ? Coverage.DIRECT : Coverage.VIA_PARTNER);
        }
        providerPricing(r, facts, service, price, radius);
        facts.included("base_vs_optional", "Compris : " + service.title().toLowerCase(Locale.FRENCH) + ", comme "
                + "décrit. En option, sur devis : fourniture de matériel, location évolutive par notre partenaire "
                + "financier, interventions hors heures ouvrées.");
        return new Text(service.title(), description, price, facts);
    }

    /** The R12 components of a provider's offer. */
    private static void providerPricing(Random r, Facts facts, Service service, BigDecimal price, int radius) {
        facts.price("price_per_service", price, service.billing().unit, service.title() + " : prix hors taxes par "
                        + service.billing().unit + ", selon la nature de la prestation décrite.")
                .described("base_unit", service.billing().baseUnit)
                .price("extra_costs", 0.5, "km", "Déplacement compris dans un rayon de " + radius + " km, puis "
                        + "0,50 € HT par km ; pièces et fournitures facturées à part, sur devis accepté.")
                .described("intervention_duration", service.billing().duration)
                .described("terms_of_sale", pick(r, SERVICE_TERMS));
    }

    /** In the descriptions, "%1$s" is a response time and "%2$d" a radius in km (some use neither). */
    private static final List<Service> ADVISER_SERVICES = List.of(
            new Service("Diagnostic numérique de l'entreprise",
                    "Une journée dans l'entreprise pour faire le point sur les ordinateurs, le réseau, la "
                            + "téléphonie et les abonnements. Remise d'un rapport clair et d'un plan d'action chiffré, "
                            + "par ordre de priorité. Tarif par jour, déplacement compris dans un rayon de %2$d km.",
                    350, 900, Billing.DAY),
            new Service("Choix et achat d'équipements informatiques",
                    "Analyse des besoins, cahier des charges simple et comparaison d'au moins trois devis de "
                            + "fournisseurs, en toute indépendance. Accompagnement jusqu'à la livraison et la mise en "
                            + "service. Tarif par jour d'accompagnement.",
                    350, 900, Billing.DAY),
            new Service("Audit des contrats télécoms et des factures",
                    "Relevé de toutes les lignes fixes, mobiles et Internet, recherche des services inutiles et des "
                            + "engagements cachés. Recommandations et aide à la renégociation avec les opérateurs. "
                            + "Tarif par jour, économies constatées souvent dès la première facture.",
                    350, 900, Billing.DAY),
            new Service("Sécurité informatique : diagnostic et plan d'action",
                    "Vérification des sauvegardes, des mots de passe, des mises à jour et de la protection des "
                            + "postes, selon les recommandations de l'ANSSI pour les petites entreprises. Plan "
                            + "d'action concret et sensibilisation des salariés à l'hameçonnage. Tarif par jour.",
                    350, 900, Billing.DAY),
            new Service("Mise en conformité RGPD",
                    "Registre des traitements, mentions d'information, durées de conservation et contrats avec "
                            + "les sous-traitants : tout ce que la CNIL attend d'une petite entreprise. Modèles "
                            + "adaptés à votre activité et suivi à trois mois. Tarif par jour.",
                    350, 900, Billing.DAY),
            new Service("Organisation du télétravail",
                    "Choix des outils d'accès distant, de messagerie et de visioconférence, règles de sécurité et "
                            + "charte de télétravail. Mise en place accompagnée avec vos fournisseurs. Tarif par jour.",
                    350, 900, Billing.DAY),
            new Service("Cahier des charges d'un site Internet",
                    "Définition des objectifs, des pages et des fonctions du futur site, puis consultation de "
                            + "prestataires et aide au choix. Suivi de la réalisation jusqu'à la mise en ligne. "
                            + "Tarif par jour.",
                    350, 900, Billing.DAY),
            new Service("Sauvegarde et continuité d'activité",
                    "Inventaire des données vitales, choix d'une solution de sauvegarde et test de restauration "
                            + "réel. Procédure écrite pour redémarrer après une panne, un vol ou un rançongiciel. "
                            + "Tarif par jour.",
                    350, 900, Billing.DAY));

    private static final List<Service> IT_CENTRE_SERVICES = List.of(
            new Service("Assistance informatique – carnet de 10 heures",
                    "Dix heures d'intervention sur site ou à distance, valables un an et décomptées au quart "
                            + "d'heure. Intervention sur site sous %1$s ouvrées dans un rayon de %2$d km, assistance "
                            + "téléphonique du lundi au vendredi de 8 h 30 à 18 h.",
                    450, 750, Billing.HOURS_BOOK),
            new Service("Contrat de maintenance informatique jusqu'à 5 postes",
                    "Maintenance préventive et curative de 5 postes, d'une imprimante et du réseau, pour un an. "
                            + "Télémaintenance illimitée et intervention sur site sous %1$s ouvrées, pièces en sus. "
                            + "Prix annuel.",
                    900, 1_800, Billing.YEAR),
            new Service("Contrat de maintenance informatique jusqu'à 15 postes",
                    "Maintenance de 15 postes, des serveurs et du réseau pour un an, avec une visite préventive "
                            + "par trimestre. Télémaintenance illimitée et intervention sur site sous %1$s ouvrées "
                            + "dans un rayon de %2$d km. Prix annuel.",
                    1_800, 3_600, Billing.YEAR),
            new Service("Installation d'un poste de travail",
                    "Déballage, installation et paramétrage d'un ordinateur neuf : comptes, messagerie, "
                            + "imprimantes, logiciels métier et transfert des données de l'ancien poste. Intervention "
                            + "sur site dans un rayon de %2$d km. Prix par poste.",
                    90, 180, Billing.SEAT),
            new Service("Dépannage informatique sur site",
                    "Intervention ponctuelle sur site sous %1$s ouvrées pour une panne, un virus ou un poste "
                            + "trop lent. Diagnostic et devis avant toute pièce à changer. Prix de l'heure, "
                            + "déplacement compris dans un rayon de %2$d km.",
                    55, 95, Billing.HOUR),
            new Service("Télésauvegarde gérée 200 Go",
                    "Sauvegarde automatique chaque nuit des données de l'entreprise dans un centre de données "
                            + "situé en France, chiffrée et conservée 30 jours. Contrôle quotidien par nos techniciens "
                            + "et restauration sur simple appel. Prix mensuel.",
                    25, 60, Billing.MONTH),
            new Service("Formation bureautique en entreprise",
                    "Une journée de formation pour 6 personnes au plus, dans vos locaux : traitement de texte, "
                            + "tableur, messagerie et partage de documents. Exercices tirés de votre activité et "
                            + "support remis à chacun. Prix par journée.",
                    450, 800, Billing.DAY),
            new Service("Audit du parc informatique",
                    "Inventaire des postes, des licences, des sauvegardes et de la sécurité, avec un rapport de "
                            + "recommandations chiffrées. Visite sur site d'une demi-journée dans un rayon de %2$d km.",
                    400, 900, Billing.FLAT));

    private static final List<Service> TELECOM_CENTRE_SERVICES = List.of(
            new Service("Maintenance de standard téléphonique – contrat annuel",
                    "Maintenance du standard et des postes pendant un an : télémaintenance, modifications de "
                            + "programmation illimitées et intervention sur site sous %1$s ouvrées. Prix annuel.",
                    300, 900, Billing.YEAR),
            new Service("Intervention télécoms sur site",
                    "Dépannage ou modification de votre installation téléphonique, de vos lignes ou de vos prises, "
                            + "sur site sous %1$s ouvrées dans un rayon de %2$d km. Prix de l'heure, déplacement compris.",
                    60, 110, Billing.HOUR),
            new Service("Audit des lignes et des factures télécoms",
                    "Inventaire de toutes les lignes et de tous les contrats, repérage des lignes inutilisées et "
                            + "des options superflues. Rapport d'économies et aide à la résiliation. Prix forfaitaire.",
                    350, 700, Billing.FLAT),
            new Service("Paramétrage de l'accueil téléphonique",
                    "Enregistrement des messages d'accueil et d'attente, horaires d'ouverture, renvois et "
                            + "groupes d'appel selon votre organisation. Réalisé à distance ou sur site en une "
                            + "demi-journée. Prix forfaitaire.",
                    150, 350, Billing.FLAT),
            new Service("Migration vers la téléphonie IP",
                    "Étude de l'existant, choix de l'offre, conservation des numéros et bascule un soir ou un "
                            + "samedi pour ne perdre aucun appel. Formation des utilisateurs sur site comprise. Prix "
                            + "forfaitaire jusqu'à 10 postes.",
                    500, 1_500, Billing.FLAT),
            new Service("Gestion de flotte mobile",
                    "Commande, configuration et remplacement des téléphones de vos salariés, suivi des forfaits "
                            + "et des consommations, effacement à distance en cas de perte. Prix mensuel par ligne.",
                    3, 9, Billing.LINE_MONTH),
            new Service("Câblage et brassage téléphonique",
                    "Pose de prises, brassage de la baie et tests des liaisons pour un nouveau bureau ou un "
                            + "déménagement, sur site dans un rayon de %2$d km. Prix forfaitaire jusqu'à 10 prises.",
                    300, 900, Billing.FLAT));

    private static final List<Service> IT_TELECOM_CENTRE_SERVICES = List.of(
            new Service("Infogérance informatique et télécoms jusqu'à 10 postes",
                    "Un seul interlocuteur pour les ordinateurs, le réseau, Internet et la téléphonie : "
                            + "supervision, mises à jour, assistance illimitée et intervention sur site sous %1$s "
                            + "ouvrées. Prix mensuel.",
                    250, 600, Billing.MONTH),
            new Service("Assistance informatique et téléphonie – carnet de 20 heures",
                    "Vingt heures d'intervention sur l'informatique comme sur la téléphonie, sur site ou à "
                            + "distance, valables un an. Intervention sur site sous %1$s ouvrées dans un rayon de "
                            + "%2$d km.",
                    900, 1_400, Billing.HOURS_BOOK),
            new Service("Installation d'un bureau complet",
                    "Ordinateur, téléphone, prise réseau et accès aux imprimantes installés et testés en une "
                            + "seule intervention, pour l'arrivée d'un salarié. Sur site dans un rayon de %2$d km. Prix "
                            + "par poste, matériel en sus.",
                    300, 700, Billing.SEAT),
            new Service("Déménagement informatique et téléphonique",
                    "Préparation, démontage, transport et remise en service des postes, du serveur, du réseau et "
                            + "du standard, transfert des lignes compris. Reprise de l'activité garantie le lundi "
                            + "matin. Prix forfaitaire jusqu'à 10 postes.",
                    800, 2_500, Billing.FLAT),
            new Service("Assistance unique informatique et télécoms",
                    "Un numéro unique pour toutes les questions sur l'informatique, Internet et la téléphonie, du "
                            + "lundi au samedi, et une intervention sur site sous %1$s ouvrées si nécessaire. Prix "
                            + "mensuel par poste.",
                    15, 35, Billing.SEAT_MONTH),
            new Service("Diagnostic du réseau et de la téléphonie",
                    "Mesures du réseau, du Wi-Fi et de la qualité des appels, recherche des coupures et des "
                            + "lenteurs. Rapport et devis de remise en état. Visite sur site dans un rayon de %2$d km.",
                    400, 900, Billing.FLAT),
            new Service("Formation aux outils collaboratifs et à la téléphonie",
                    "Une journée dans vos locaux pour 8 personnes au plus : agenda et documents partagés, "
                            + "visioconférence, renvois d'appel et messagerie vocale. Prix par journée.",
                    450, 800, Billing.DAY));

    // --- helpers ------------------------------------------------------------------------------

    /** A model reference such as {@code B-240}: the hundreds follow the tier. */
    private static String ref(Random r, String letters, int tier) {
        return letters + "-" + ((tier + 1) * 100 + r.nextInt(10) * 10);
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }

    private static int pickInt(Random r, int... options) {
        return options[r.nextInt(options.length)];
    }

    /** A shop price in [min, max], within the {@code tier}-th of {@code tiers} equal slices. */
    private static BigDecimal retail(Random r, double min, double max, int tier, int tiers) {
        double low = min + (max - min) * tier / tiers;
        double high = min + (max - min) * (tier + 1) / tiers;
        return retail(low + r.nextDouble() * (high - low));
    }

    /** Shop prices end in 9.90 above 100 € (1 249,90), in .90 below (39,90). */
    private static BigDecimal retail(double raw) {
        long cents = raw >= 100 ? Math.round(raw / 10) * 1_000 - 10 : Math.round(raw) * 100 - 10;
        return BigDecimal.valueOf(Math.max(cents, 0), 2);
    }

    /** Service rates are round: to 10 € from 100 €, to 5 € from 20 €, to 50 cents below. */
    private static BigDecimal rate(double raw) {
        long stepCents = raw >= 100 ? 1_000 : raw >= 20 ? 500 : 50;
        return BigDecimal.valueOf(Math.round(raw * 100 / stepCents) * stepCents, 2);
    }

    private static double between(Random r, double min, double max) {
        return min + r.nextDouble() * (max - min);
    }
}
