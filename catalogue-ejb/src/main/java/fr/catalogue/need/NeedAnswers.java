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

    /**
     * The answers as a form or a query string carries them: the number of workstations (blank: none),
     * the Internet access's name, the budget as typed in France ({@code 1 500,50 €}; blank: none).
     *
     * @throws InvalidInputException naming the field, in French
     */
    public static NeedAnswers fromForm(String workstations, String internet, boolean website, boolean telephony,
                                       String budget, String place) {
        int stations;
        try {
            stations = workstations == null || workstations.isBlank() ? 0 : Integer.parseInt(workstations.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("postes", "Le nombre de postes de travail doit être un nombre entier, "
                    + "par exemple 3.");
        }
        InternetAccess access = internet == null || internet.isBlank() ? null : InternetAccess.parse(internet)
                .orElseThrow(() -> new InvalidInputException("internet", "Choisissez l'accès à Internet dans la liste."));
        BigDecimal amount = null;
        if (budget != null && !budget.isBlank()) {
            String typed = budget.replaceAll("[\\s\u00A0\u202F€]", "").replace(',', '.');
            try {
                amount = new BigDecimal(typed);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("budget", "Le budget doit être un montant en euros hors taxes, "
                        + "par exemple 1500 ou 1 500,50.");
            }
        }
        return new NeedAnswers(stations, access, website, telephony, amount, place);
    }
}
