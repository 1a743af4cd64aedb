package fr.catalogue.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** R24: the average of a provider's ratings is shown only once it has five. */
class RatingSummaryTest {

    @Test
    void fourRatingsShowNoAverageButTheirNumber() {
        RatingSummary four = new RatingSummary(4, 20);
        assertFalse(four.averageShown());
        assertNull(four.average());
        assertNull(four.averageText());
        assertEquals(0, four.roundedStars());
        assertEquals("4 avis, note affichée à partir de 5", four.text());
    }

    @Test
    void fiveRatingsShowTheAverageWithOneDecimalInFrench() {
        RatingSummary five = new RatingSummary(5, 21); // 4.2
        assertTrue(five.averageShown());
        assertEquals(new BigDecimal("4.2"), five.average());
        assertEquals("4,2", five.averageText());
        assertEquals("4,2 / 5 (5 avis)", five.text());
        assertEquals(4, five.roundedStars());
        assertEquals("★★★★☆", five.drawnStars());
        assertEquals("", new RatingSummary(4, 20).drawnStars());
    }

    @Test
    void theAverageIsRoundedHalfUp() {
        assertEquals("3,7", new RatingSummary(6, 22).averageText()); // 3.666…
        assertEquals("4,5", new RatingSummary(8, 36).averageText());
        assertEquals(5, new RatingSummary(8, 36).roundedStars());
        assertEquals("5,0", new RatingSummary(5, 25).averageText());
        assertEquals("1,0", new RatingSummary(7, 7).averageText());
    }

    @Test
    void noRatingSaysSo() {
        assertEquals("Aucun avis pour l'instant, note affichée à partir de 5 avis", RatingSummary.none().text());
        assertEquals("1 avis, note affichée à partir de 5", new RatingSummary(1, 3).text());
    }

    @Test
    void impossibleTotalsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RatingSummary(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new RatingSummary(2, 11));
        assertThrows(IllegalArgumentException.class, () -> new RatingSummary(2, 1));
    }
}
