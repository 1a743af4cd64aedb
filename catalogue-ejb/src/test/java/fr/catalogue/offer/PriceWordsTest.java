package fr.catalogue.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.catalogue.specification.PriceComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R12 in plain words (R13): what a small business reads of an offer's price. */
class PriceWordsTest {

    @Test
    void aMonthlyAmountReadsAsAFrenchSentence() {
        assertEquals("29,90\u00a0€ HT par mois", PriceWords.amount(new BigDecimal("29.90"), "mois"));
        assertEquals("45\u00a0€ HT par heure", PriceWords.amount(new BigDecimal("45.00"), "heure"));
        assertEquals("0,40\u00a0€ HT par km", PriceWords.amount(new BigDecimal("0.40"), "/km"));
        assertEquals("1\u00a0250\u00a0€ HT", PriceWords.amount(new BigDecimal("1250"), null));
        assertEquals("60\u00a0€ HT par intervention", PriceWords.amount(new BigDecimal("60"), "par intervention"));
    }

    @Test
    void includedAndQuotedComponentsAreSaidSo() {
        assertEquals("inclus dans le prix", PriceWords.amount(BigDecimal.ZERO, "mois"));
        assertEquals("sur devis", PriceWords.amount(null, "heure"));
    }

    @Test
    void theBasePriceComesFirstThenEachComponentWithItsTitle() {
        Map<String, PriceComponent> parts = new LinkedHashMap<>();
        parts.put("travel_costs", new PriceComponent(new BigDecimal("35"), "intervention", "Déplacement dans le département"));
        parts.put("extra_costs", new PriceComponent(BigDecimal.ZERO, null, " Aucun frais de mise en service "));
        parts.put("minimum_fee", new PriceComponent(new BigDecimal("90"), null, "Une heure minimum facturée"));
        parts.put("zz_custom_part", new PriceComponent(null, null, "Selon le volume"));

        List<PriceWords.Line> lines = PriceWords.of(new BigDecimal("29.90"), parts,
                Map.of("extra_costs", "Frais annexes"));

        assertEquals(List.of(
                "Prix de l'offre : 29,90\u00a0€ HT",
                "Frais annexes : inclus dans le prix — Aucun frais de mise en service",
                "Forfait minimum : 90\u00a0€ HT — Une heure minimum facturée",
                "Frais de déplacement : 35\u00a0€ HT par intervention — Déplacement dans le département",
                "Zz custom part : sur devis — Selon le volume"),
                lines.stream().map(PriceWords.Line::sentence).toList());
    }

    @Test
    void anOfferWithoutComponentsHasItsBasePriceOnly() {
        assertEquals(List.of("Prix de l'offre : 689\u00a0€ HT"),
                PriceWords.of(new BigDecimal("689.00"), null, null).stream().map(PriceWords.Line::sentence).toList());
    }
}
