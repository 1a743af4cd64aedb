package fr.catalogue.web.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.offer.OfferInput;
import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ServiceCoverage;
import fr.catalogue.specification.SpecificationRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editor's form follows the specification in force (R13) and gives back what was typed. */
class OfferFormTest {

    private static final SpecificationRules RULES = new SpecificationRules("COMPETENCE_CENTRE_IT", 3, List.of(
            Criterion.min("memory", "Mémoire", "La mémoire.", true, "Go", new BigDecimal("8")),
            Criterion.bool("wifi", "Wi-Fi", "Sans fil.", false),
            Criterion.oneOf("os", "Système", "", true, List.of("Windows", "Linux")),
            Criterion.allOf("ports", "Connectique", "", true, List.of("USB", "HDMI")),
            Criterion.priceComponent("extra_costs", "Frais annexes", "Déplacement.", true),
            Criterion.serviceCoverage("annex3", "Services", "", true, List.of("helpdesk", "backup"))));

    @Test
    void oneFieldPerCriterionThenThePriceAndTheServices() {
        OfferForm form = new OfferForm();
        OfferInput offer = new OfferInput("COMPETENCE_CENTRE_IT", "Centre", "d", BigDecimal.TEN,
                Map.of("memory", "16 Go", "wifi", "Oui", "os", "linux", "ports", "hdmi; usb; VGA"),
                Map.of("extra_costs", new PriceComponent(BigDecimal.ZERO, null, "Inclus"),
                        "custom_fee", new PriceComponent(BigDecimal.ONE, "km", "Déplacement")),
                Map.of("helpdesk", ServiceCoverage.DIRECT), List.of("https://a.fr"));
        form.fill(offer, RULES, key -> "label " + key);

        assertEquals(3, form.getSpecificationVersion());
        assertEquals(List.of("memory", "wifi", "os", "ports"),
                form.getCriteria().stream().map(OfferForm.CriterionField::getKey).toList());
        OfferForm.CriterionField memory = form.getCriteria().get(0);
        assertTrue(memory.isNumeric());
        assertEquals("16", memory.getValue(), "a number field holds the number; the unit is shown beside it");
        assertEquals("Go", memory.getUnit());
        assertEquals("au moins 8 Go", memory.getRequirement());
        assertTrue(form.getCriteria().get(1).isChecked());
        assertEquals("Linux", form.getCriteria().get(2).getValue());
        assertEquals(List.of("HDMI", "USB"), form.getCriteria().get(3).getSelected());

        assertEquals("extra_costs", form.getPricing().get(0).getKey(), "the specification's components first");
        assertTrue(form.getPricing().get(0).isMandatory());
        assertTrue(form.getPricing().get(0).isIncluded());
        assertTrue(form.getPricing().stream().anyMatch(row -> row.getKey().equals("terms_of_sale")
                && row.getLabel().equals("label terms_of_sale")), "every R12 component is offered");
        assertTrue(form.getPricing().stream().anyMatch(row -> row.getKey().equals("custom_fee")), "nothing is lost");
        assertEquals(List.of("helpdesk", "backup"), form.getServices().stream().map(OfferForm.ServiceRow::getKey).toList());

        OfferInput back = form.toInput();
        assertEquals(Map.of("memory", "16", "wifi", "oui", "os", "Linux", "ports", "HDMI; USB"), back.attributes());
        assertEquals(Map.of("extra_costs", new PriceComponent(BigDecimal.ZERO, null, "Inclus"),
                "custom_fee", new PriceComponent(BigDecimal.ONE, "km", "Déplacement")), back.pricing());
        assertEquals(Map.of("helpdesk", ServiceCoverage.DIRECT), back.services());
        assertEquals(List.of("https://a.fr"), back.links());
    }

    @Test
    void anotherCategoryKeepsTheAnswersToTheSameCriteria() {
        OfferForm form = new OfferForm();
        form.fill(new OfferInput("COMPETENCE_CENTRE_IT", "t", "d", BigDecimal.ONE, Map.of("memory", "16"), null, null,
                null), RULES, key -> key);
        form.setCategoryCode("PC_DESKTOP");
        form.changeCategory(new SpecificationRules("PC_DESKTOP", 1, List.of(
                Criterion.min("memory", "Mémoire", "", true, "Go", new BigDecimal("4")))), key -> key);
        assertEquals(1, form.getCriteria().size());
        assertEquals("16", form.getCriteria().get(0).getValue());
        assertTrue(form.getServices().isEmpty());

        form.changeCategory(null, key -> key);
        assertTrue(form.getCriteria().isEmpty(), "no specification in force: no criteria to answer");
        assertFalse(form.getPricing().isEmpty(), "the price can still be detailed");
    }

    @Test
    void emptyRowsAreNotStatedAndLinksCanBeAddedAndRemoved() {
        OfferForm form = new OfferForm();
        form.fill(new OfferInput("COMPETENCE_CENTRE_IT", "t", "d", BigDecimal.ONE, null, null, null, null), RULES,
                key -> key);
        form.addLink();
        form.addLink();
        form.getLinks().get(1).setUrl("https://b.fr");
        form.removeLink(0);
        OfferInput input = form.toInput();
        assertEquals(List.of("https://b.fr"), input.links());
        assertTrue(input.pricing().isEmpty());
        assertTrue(input.services().isEmpty());
        assertEquals(Map.of("wifi", "non"), input.attributes(), "an unticked box says no");
    }
}
