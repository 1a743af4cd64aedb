package fr.catalogue.web.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Up to 4 published offers of one category, compared side by side; refusals in French. */
class ComparisonTest {

    private static final Map<String, String> NAMES = Map.of("PRINTER", "Imprimante", "PC_DESKTOP", "PC de bureau");

    @Test
    void readsTheIdsInOrderWithoutRepeats() {
        Comparison.Parsed parsed = Comparison.parse(" 3, 1,3 ,7 ");

        assertFalse(parsed.refused());
        assertEquals(List.of(3L, 1L, 7L), parsed.comparison().ids());
        assertEquals("3,1,7", parsed.comparison().param());
        assertTrue(Comparison.parse(null).comparison().isEmpty());
    }

    @Test
    void refusesMoreThanFourOffers() {
        Comparison.Parsed parsed = Comparison.parse("1,2,3,4,5");

        assertTrue(parsed.refused());
        assertEquals("Vous pouvez comparer au plus 4 offres à la fois : retirez-en 1.", parsed.refusal());
        assertEquals(5, parsed.comparison().ids().size(), "kept, so that each can be removed");
    }

    @Test
    void refusesWhatIsNotAnOfferNumber() {
        assertEquals("« abc » n'est pas un numéro d'offre : la comparaison ne peut pas être affichée.",
                Comparison.parse("1,abc").refusal());
        assertTrue(Comparison.parse("-2").refused());
    }

    @Test
    void refusesOffersOfSeveralCategories() {
        Comparison comparison = Comparison.parse("1,2").comparison();

        assertEquals(Optional.of("On ne compare que des offres d'une même catégorie ; celles-ci sont de plusieurs"
                + " catégories (Imprimante, PC de bureau)."),
                comparison.refusal(Map.of(1L, "PRINTER", 2L, "PC_DESKTOP"), NAMES));
        assertEquals(Optional.empty(), comparison.refusal(Map.of(1L, "PRINTER", 2L, "PRINTER"), NAMES));
    }

    @Test
    void refusesAnOfferThatIsNotPublished() {
        Comparison comparison = Comparison.parse("1,2,9").comparison();

        assertEquals(Optional.of("L'offre n° 9 n'existe pas ou n'est plus publiée : retirez-la de la comparaison."),
                comparison.refusal(Map.of(1L, "PRINTER", 2L, "PRINTER"), NAMES));
        assertEquals(Optional.of("Les offres n° 2, 9 n'existent pas ou ne sont plus publiées : retirez-les de la"
                + " comparaison."), comparison.refusal(Map.of(1L, "PRINTER"), NAMES));
    }

    @Test
    void addsAndRemovesOffers() {
        Comparison comparison = Comparison.empty().with(5).with(6).with(5);

        assertEquals(List.of(5L, 6L), comparison.ids());
        assertEquals(List.of(6L), comparison.without(5).ids());
        assertFalse(comparison.isFull());
        assertTrue(comparison.with(7).with(8).isFull());
    }
}
