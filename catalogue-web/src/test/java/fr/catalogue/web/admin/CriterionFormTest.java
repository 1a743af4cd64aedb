package fr.catalogue.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.CriterionType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriterionFormTest {

    @Test
    void aCompleteFormBecomesTheCriterion() {
        CriterionForm form = form("memory", "Mémoire vive", CriterionType.MIN);
        form.setUnit(" Go ");
        form.setMin(new BigDecimal("16"));
        form.setMax(new BigDecimal("99")); // ignored: a MIN has no maximum
        assertTrue(form.problems().isEmpty(), form.problems()::toString);
        Criterion criterion = form.toCriterion();
        assertEquals("Go", criterion.unit());
        assertEquals(0, new BigDecimal("16").compareTo(criterion.min()));
        assertNull(criterion.max());
    }

    @Test
    void saysInFrenchWhatIsMissing() {
        CriterionForm form = form("Mémoire", " ", CriterionType.RANGE);
        form.setExplanation(null);
        List<String> problems = form.problems();
        assertTrue(problems.get(0).startsWith("La clé doit commencer par une lettre minuscule"), problems::toString);
        assertTrue(problems.contains("Le libellé est obligatoire."));
        assertTrue(problems.contains("Indiquez la valeur minimale."));
        assertTrue(problems.contains("Indiquez la valeur maximale."));
        assertEquals(5, problems.size());
    }

    @Test
    void refusesAnInvertedRangeAnOddUnitAndAnEmptyList() {
        CriterionForm range = form("warranty", "Garantie", CriterionType.RANGE);
        range.setMin(new BigDecimal("36"));
        range.setMax(new BigDecimal("12"));
        range.setUnit("12 mois");
        assertTrue(range.problems().contains("Le minimum dépasse le maximum."));
        assertTrue(range.problems().stream().anyMatch(p -> p.startsWith("L'unité « 12 mois » n'en est pas une")));

        CriterionForm choice = form("os", "Système", CriterionType.ONE_OF);
        choice.setValues("\n  \n");
        assertEquals(List.of("Indiquez au moins une valeur, une par ligne."), choice.problems());
        choice.setValues("Windows 11\n Ubuntu 24.04 LTS \n");
        assertEquals(List.of("Windows 11", "Ubuntu 24.04 LTS"), choice.toCriterion().values());
    }

    @Test
    void editingStartsFromTheExistingCriterion() {
        Criterion existing = Criterion.oneOf("os", "Système", "Le logiciel de base.", true, List.of("A", "B"));
        CriterionForm form = CriterionForm.of(existing);
        assertEquals("A\nB", form.getValues());
        assertEquals(existing, form.toCriterion());
    }

    private static CriterionForm form(String key, String label, CriterionType type) {
        CriterionForm form = new CriterionForm();
        form.setKey(key);
        form.setLabel(label);
        form.setExplanation("Une explication.");
        form.setType(type);
        return form;
    }
}
