package fr.catalogue.need;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * From a business's answers to the needs the catalogue can answer (R28): which categories of
 * offers fit each stated need and up to what price. A plain rule, unit-tested.
 *
 * <ul>
 * <li>workstations: desktop and laptop PCs; the budget is shared between the workstations, so a
 *     PC's price is at most budget ÷ workstations;</li>
 * <li>two workstations or more: a local network (wired, Wi-Fi, power-line) to share files and the
 *     Internet access, within the budget;</li>
 * <li>Internet access: fixed (ADSL/fibre) is Internet access; mobile is Internet access and
 *     telecom services (mobile plans); both is both;</li>
 * <li>website: website building; telephony: telecom equipment and services.</li>
 * </ul>
 * Without a budget, no price limit.
 */
public final class NeedRule {

    public static final List<String> WORKSTATION_CATEGORIES = List.of("PC_DESKTOP", "PC_LAPTOP_FIXED", "PC_LAPTOP_MOBILE");
    public static final List<String> NETWORK_CATEGORIES = List.of("NETWORK_LAN_WIRED", "NETWORK_LAN_WIFI", "NETWORK_LAN_PLC");

    private NeedRule() {
    }

    /** The needs stated, in the order of the form. */
    public static List<NeedItem> items(NeedAnswers answers) {
        BigDecimal budget = answers.budget();
        List<NeedItem> items = new ArrayList<>();
        int n = answers.workstations();
        if (n > 0) {
            BigDecimal perStation = budget == null ? null : budget.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
            items.add(new NeedItem("workstations", "Postes de travail",
                    n == 1 ? "Vous souhaitez équiper un poste de travail."
                            : "Vous souhaitez équiper " + n + " postes de travail" + (perStation == null ? "."
                            : " : votre budget est partagé entre eux."),
                    WORKSTATION_CATEGORIES, perStation));
        }
        if (n >= 2) {
            items.add(new NeedItem("network", "Réseau local",
                    "Avec plusieurs postes, un réseau local permet de partager les fichiers, l'imprimante et l'accès à Internet.",
                    NETWORK_CATEGORIES, budget));
        }
        switch (answers.internet()) {
            case FIXED -> items.add(new NeedItem("internet", "Accès à Internet",
                    "Vous souhaitez un accès fixe (ADSL ou fibre).", List.of("INTERNET_ACCESS"), budget));
            case MOBILE -> items.add(new NeedItem("internet", "Accès à Internet",
                    "Vous souhaitez un accès mobile (4G ou 5G).", List.of("INTERNET_ACCESS", "TELECOM_SERVICE"), budget));
            case BOTH -> items.add(new NeedItem("internet", "Accès à Internet",
                    "Vous souhaitez un accès fixe et un accès mobile.", List.of("INTERNET_ACCESS", "TELECOM_SERVICE"),
                    budget));
            case NONE -> {
            }
        }
        if (answers.website()) {
            items.add(new NeedItem("website", "Site Internet", "Vous souhaitez un site Internet.",
                    List.of("WEBSITE_BUILDING"), budget));
        }
        if (answers.telephony()) {
            items.add(new NeedItem("telephony", "Téléphonie", "Vous souhaitez équiper votre entreprise en téléphonie.",
                    List.of("TELECOM_EQUIPMENT", "TELECOM_SERVICE"), budget));
        }
        return items;
    }
}
