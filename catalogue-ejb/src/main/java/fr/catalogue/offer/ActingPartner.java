package fr.catalogue.offer;

import fr.catalogue.partner.PartnerKind;
import java.util.List;

/**
 * The partner whose offers are being edited: the caller's own, or the one an administrator acts
 * for (R7).
 *
 * @param categoryCodes the categories it may offer in ({@link fr.catalogue.partner.PartnerKind#allowedCategories()})
 * @param actedForByAdministrator whether the caller is an administrator acting for it
 */
public record ActingPartner(long id, String name, PartnerKind kind, String website, List<String> categoryCodes,
        boolean actedForByAdministrator) {
}
