package fr.catalogue.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** From the answers of the guided form to the categories and price limits of the selection (R28). */
class NeedRuleTest {

    private static List<String> keys(List<NeedItem> items) {
        return items.stream().map(NeedItem::key).toList();
    }

    @Test
    void everyStatedNeedGivesItsCategories() {
        List<NeedItem> items = NeedRule.items(new NeedAnswers(3, InternetAccess.FIXED, true, true, null, "Rennes"));
        assertEquals(List.of("workstations", "network", "internet", "website", "telephony"), keys(items));
        assertEquals(NeedRule.WORKSTATION_CATEGORIES, items.get(0).categories());
        assertEquals(NeedRule.NETWORK_CATEGORIES, items.get(1).categories());
        assertEquals(List.of("INTERNET_ACCESS"), items.get(2).categories());
        assertEquals(List.of("WEBSITE_BUILDING"), items.get(3).categories());
        assertEquals(List.of("TELECOM_EQUIPMENT", "TELECOM_SERVICE"), items.get(4).categories());
        items.forEach(item -> assertNull(item.priceMax(), "no budget, no limit"));
    }

    @Test
    void oneWorkstationNeedsNoNetworkAndUnstatedNeedsGiveNothing() {
        assertEquals(List.of("workstations"),
                keys(NeedRule.items(new NeedAnswers(1, InternetAccess.NONE, false, false, null, "35000"))));
        assertEquals(List.of("website"),
                keys(NeedRule.items(new NeedAnswers(0, InternetAccess.NONE, true, false, null, "35000"))));
    }

    @Test
    void mobileAccessAlsoLooksAtTelecomServices() {
        NeedItem internet = NeedRule.items(new NeedAnswers(0, InternetAccess.MOBILE, false, false, null, "35")).get(0);
        assertEquals(List.of("INTERNET_ACCESS", "TELECOM_SERVICE"), internet.categories());
        NeedItem both = NeedRule.items(new NeedAnswers(0, InternetAccess.BOTH, false, false, null, "35")).get(0);
        assertEquals(List.of("INTERNET_ACCESS", "TELECOM_SERVICE"), both.categories());
    }

    @Test
    void theBudgetIsSharedBetweenWorkstationsAndCapsTheOthers() {
        List<NeedItem> items = NeedRule.items(new NeedAnswers(3, InternetAccess.FIXED, false, false,
                new BigDecimal("2000"), "Rennes"));
        assertEquals(new BigDecimal("666.66"), items.get(0).priceMax(), "2000 / 3, rounded down");
        assertEquals(new BigDecimal("2000"), items.get(1).priceMax());
        assertEquals(new BigDecimal("2000"), items.get(2).priceMax());
    }

    @Test
    void answersAreCheckedWithFrenchMessagesNamingTheField() {
        assertEquals("postes", assertThrows(InvalidInputException.class,
                () -> new NeedAnswers(-1, InternetAccess.NONE, true, false, null, "Rennes")).field());
        assertEquals("postes", assertThrows(InvalidInputException.class,
                () -> new NeedAnswers(1000, InternetAccess.NONE, true, false, null, "Rennes")).field());
        assertEquals("internet", assertThrows(InvalidInputException.class,
                () -> new NeedAnswers(1, null, true, false, null, "Rennes")).field());
        assertEquals("budget", assertThrows(InvalidInputException.class,
                () -> new NeedAnswers(1, InternetAccess.NONE, true, false, new BigDecimal("-5"), "Rennes")).field());
        assertEquals("budget", assertThrows(InvalidInputException.class,
                () -> new NeedAnswers(1, InternetAccess.NONE, true, false, new BigDecimal("5.555"), "Rennes")).field());
        assertEquals("lieu", assertThrows(InvalidInputException.class,
                () -> new NeedAnswers(1, InternetAccess.NONE, true, false, null, " ")).field());
        InvalidInputException nothing = assertThrows(InvalidInputException.class,
                () -> new NeedAnswers(0, InternetAccess.NONE, false, false, null, "Rennes"));
        assertTrue(nothing.getMessage().startsWith("Indiquez au moins un besoin"), nothing.getMessage());
    }

    @Test
    void internetAccessIsReadFromItsName() {
        assertEquals(InternetAccess.FIXED, InternetAccess.parse("fixed").orElseThrow());
        assertTrue(InternetAccess.parse("satellite").isEmpty());
        assertTrue(InternetAccess.parse(null).isEmpty());
    }

    @Test
    void formValuesAreReadAsTypedInFrance() {
        NeedAnswers answers = NeedAnswers.fromForm(" 4 ", "mobile", true, false, "1 500,50 €", " Rennes ");
        assertEquals(4, answers.workstations());
        assertEquals(InternetAccess.MOBILE, answers.internet());
        assertEquals(new BigDecimal("1500.50"), answers.budget());
        assertEquals("Rennes", answers.place());
        assertNull(NeedAnswers.fromForm("", "FIXED", false, false, " ", "35000").budget());
        assertEquals("postes", assertThrows(InvalidInputException.class,
                () -> NeedAnswers.fromForm("trois", "NONE", true, false, null, "Rennes")).field());
        assertEquals("budget", assertThrows(InvalidInputException.class,
                () -> NeedAnswers.fromForm("1", "NONE", true, false, "beaucoup", "Rennes")).field());
        assertEquals("internet", assertThrows(InvalidInputException.class,
                () -> NeedAnswers.fromForm("1", "satellite", true, false, null, "Rennes")).field());
        assertEquals("internet", assertThrows(InvalidInputException.class,
                () -> NeedAnswers.fromForm("1", "", true, false, null, "Rennes")).field());
    }
}
