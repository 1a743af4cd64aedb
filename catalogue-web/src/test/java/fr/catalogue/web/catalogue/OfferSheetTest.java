package fr.catalogue.web.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.offer.OfferInput;
import fr.catalogue.offer.PriceWords;
import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.SpecificationRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a business reads of an offer: the criteria it meets with their explanation, the price in words. */
class OfferSheetTest {

    private static final SpecificationRules RULES = new SpecificationRules("PC_LAPTOP_MOBILE", 1, List.of(
            Criterion.min("memory", "Mémoire vive (RAM)", "La table de travail de l'ordinateur.", true, "Go",
                    new BigDecimal("8")),
            Criterion.bool("disk_encryption", "Disque chiffré", "Le disque est illisible sans mot de passe.", true),
            Criterion.bool("mobile_broadband", "Modem 4G intégré", "Internet partout.", false),
            Criterion.priceComponent("warranty_cover", "Garantie", "Ce que couvre la garantie.", true)));

    private static OfferInput offer(Map<String, String> attributes) {
        return new OfferInput("PC_LAPTOP_MOBILE", "Portable", "Un portable.", new BigDecimal("899.00"), attributes,
                Map.of("warranty_cover", new PriceComponent(BigDecimal.ZERO, null, "Trois ans sur site")), null, null);
    }

    @Test
    void listsTheCriteriaMetWithTheirValueExplanationAndGlossaryAnchor() {
        OfferSheet sheet = OfferSheet.of(offer(Map.of("memory", "16 Go", "disk_encryption", "Oui")), RULES);

        assertEquals(1, sheet.version());
        List<OfferSheet.Line> met = sheet.met();
        assertEquals(List.of("memory", "disk_encryption", "warranty_cover"), met.stream().map(OfferSheet.Line::key).toList());
        OfferSheet.Line memory = met.get(0);
        assertEquals("16 Go", memory.value());
        assertEquals("La table de travail de l'ordinateur.", memory.explanation());
        assertEquals("terme-memoire-vive-ram", memory.anchor());
        assertEquals("oui", met.get(1).value());
        assertEquals("inclus dans le prix — Trois ans sur site", met.get(2).value());
        OfferSheet.Line optional = sheet.criteria().get(2);
        assertFalse(optional.met());
        assertEquals("non renseigné", optional.value());
    }

    @Test
    void thePriceUsesTheCriterionLabelsAsTitles() {
        OfferSheet sheet = OfferSheet.of(offer(Map.of()), RULES);

        assertEquals(List.of("Prix de l'offre : 899\u00a0€ HT", "Garantie : inclus dans le prix — Trois ans sur site"),
                sheet.price().stream().map(PriceWords.Line::sentence).toList());
    }

    @Test
    void aCategoryWithoutSpecificationHasThePriceOnly() {
        OfferSheet sheet = OfferSheet.of(offer(Map.of("memory", "16 Go")), null);

        assertNull(sheet.version());
        assertTrue(sheet.criteria().isEmpty());
        assertEquals(2, sheet.price().size());
    }
}
