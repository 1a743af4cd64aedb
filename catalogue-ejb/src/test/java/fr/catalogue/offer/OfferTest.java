package fr.catalogue.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.category.Category;
import fr.catalogue.common.BusinessException;
import fr.catalogue.partner.Partner;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ServiceCoverage;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An offer's life: drafted, revised, published (R11), withdrawn, never deleted once published (R14). */
class OfferTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final Category PC = category("PC_DESKTOP");
    private static final OfferInput CONTENT = new OfferInput("PC_DESKTOP", "PC Armor Pro", "Un PC.",
            new BigDecimal("799.00"), Map.of("memory", "16 Go"),
            Map.of("extra_costs", new PriceComponent(BigDecimal.ZERO.setScale(2), null, "Déplacement inclus")),
            Map.of("audit_advice", ServiceCoverage.DIRECT), List.of("https://www.armor.fr/pc"));

    @Test
    void aDraftHoldsItsContentAndWasNeverPublished() {
        Offer offer = Offer.draft(partner(), PC, CONTENT, T0);
        assertEquals(OfferStatus.DRAFT, offer.getStatus());
        assertEquals(CONTENT, offer.content());
        assertEquals(T0, offer.getCreatedAt());
        assertNull(offer.getPublishedAt());
        assertFalse(offer.wasEverPublished());
    }

    @Test
    void revisingReplacesTheContentAndKeepsTheStatus() {
        Offer offer = Offer.draft(partner(), PC, CONTENT, T0);
        OfferInput revised = new OfferInput("PC_DESKTOP", "PC Armor Pro 2", "Un PC.", new BigDecimal("849.00"),
                Map.of("wifi", "oui"), Map.of(), Map.of(), List.of());
        offer.revise(PC, revised, T0.plusSeconds(60));
        assertEquals(revised, offer.content());
        assertEquals(OfferStatus.DRAFT, offer.getStatus());
        assertEquals(T0.plusSeconds(60), offer.getUpdatedAt());
        assertThrows(IllegalArgumentException.class, () -> offer.revise(category("PRINTER"), revised, T0));
    }

    @Test
    void publishingThenWithdrawing() {
        Offer offer = Offer.draft(partner(), PC, CONTENT, T0);
        offer.publish(T0.plusSeconds(10));
        assertEquals(OfferStatus.PUBLISHED, offer.getStatus());
        assertEquals(T0.plusSeconds(10), offer.getPublishedAt());
        assertTrue(offer.wasEverPublished());
        assertThrows(BusinessException.class, () -> offer.publish(T0.plusSeconds(20)), "already published");

        offer.withdraw(T0.plusSeconds(30));
        assertEquals(OfferStatus.WITHDRAWN, offer.getStatus());
        assertTrue(offer.wasEverPublished(), "R14: a withdrawn offer was published, its versions stay");
        assertThrows(BusinessException.class, () -> offer.withdraw(T0.plusSeconds(40)), "only a published offer");

        offer.publish(T0.plusSeconds(50));
        assertEquals(OfferStatus.PUBLISHED, offer.getStatus(), "a withdrawn offer may come back");
    }

    @Test
    void aDraftCannotBeWithdrawn() {
        Offer offer = Offer.draft(partner(), PC, CONTENT, T0);
        BusinessException refused = assertThrows(BusinessException.class, () -> offer.withdraw(T0));
        assertTrue(refused.getMessage().contains("publiée"));
    }

    @Test
    void theAuditStateReadsFieldByField() {
        Map<String, String> state = Offer.draft(partner(), PC, CONTENT, T0).auditState();
        assertEquals("DRAFT", state.get("status"));
        assertEquals("799.00", state.get("priceExclVat"));
        assertEquals("16 Go", state.get("attributes.memory"));
        assertEquals("0.00 € — Déplacement inclus", state.get("pricing.extra_costs"));
        assertEquals("DIRECT", state.get("services.audit_advice"));
        assertEquals("https://www.armor.fr/pc", state.get("links"));
    }

    @Test
    void theContentOfAVersionIsWrittenAsJson() {
        OfferInput tricky = new OfferInput("PC_DESKTOP", "t", "d", BigDecimal.ONE, Map.of("os", "Windows \"Pro\"\n\\"),
                Map.of("base_unit", new PriceComponent(new BigDecimal("12.50"), "heure", null)),
                Map.of("helpdesk", ServiceCoverage.VIA_PARTNER), List.of("https://a.fr/?q=1&r=2"));
        assertEquals("{\"attributes\":{\"os\":\"Windows \\\"Pro\\\"\\n\\\\\"},"
                + "\"pricing\":{\"base_unit\":{\"amount\":\"12.50\",\"unit\":\"heure\",\"description\":null}},"
                + "\"services\":{\"helpdesk\":\"VIA_PARTNER\"},\"links\":[\"https://a.fr/?q=1&r=2\"]}",
                OfferContentJson.write(tricky));
    }

    private static Partner partner() {
        return instance(Partner.class);
    }

    private static Category category(String code) {
        Category category = instance(Category.class);
        try {
            Field field = Category.class.getDeclaredField("code");
            field.setAccessible(true);
            field.set(category, code);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return category;
    }

    private static <T> T instance(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
