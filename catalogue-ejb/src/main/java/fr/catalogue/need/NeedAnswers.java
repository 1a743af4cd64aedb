package fr.catalogue.need;

import fr.catalogue.common.InvalidInputException;
import java.math.BigDecimal;

/**
 * What a business states of its need (R28), checked: the number of workstations to equip
 * (0 to 999), the Internet access wanted, whether it wants a website and telephony, its budget
 * excluding VAT (optional) and where it is (a town or postcode, read by {@code Place}).
 * At least one need must be stated. Refusals name the form field, in French.
 */
public record NeedAnswers(int workstations, InternetAccess internet, boolean website, boolean telephony,
                          BigDecimal budget, String place) {

    public static final int MAX_WORKSTATIONS = 999;
    public static final BigDecimal MAX_BUDGET = new BigDecimal("9999999999.99");
    public static final int PLACE_LENGTH = 100;

    public NeedAnswers {
        if (workstations < 0 || workstations > MAX_WORKSTATIONS) {
            throw new InvalidInputException("postes",
                    "Le nombre de postes de travail doit être compris entre 0 et " + MAX_WORKSTATIONS + ".");
        }
        if (internet == null) {
            throw new InvalidInputException("internet", "Indiquez l'accès à Internet souhaité (ou « Aucun »).");
        }
        if (budget != null && (budget.signum() < 0 || budget.compareTo(MAX_BUDGET) > 0 || budget.scale() > 2)) {
            throw new InvalidInputException("budget",
                    "Le budget doit être un montant positif en euros hors taxes, avec deux décimales au plus.");
        }
        place = place == null ? "" : place.strip();
        if (place.isEmpty()) {
            throw new InvalidInputException("lieu", "Indiquez votre ville ou votre code postal.");
        }
        if (place.length() > PLACE_LENGTH) {
            throw new InvalidInputException("lieu", "La ville ne doit pas dépasser " + PLACE_LENGTH + " caractères.");
        }
        if (workstations == 0 && internet == InternetAccess.NONE && !website && !telephony) {
            throw new InvalidInputException("postes",
                    "Indiquez au moins un besoin : des postes de travail, un accès à Internet, un site ou la téléphonie.");
        }
    }
}
