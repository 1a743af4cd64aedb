package fr.catalogue.specification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecificationRulesTest {

    private static final Criterion MEMORY = Criterion.min("memory", "Mémoire", "", true, "Go", BigDecimal.ONE);
    private static final Criterion WIFI = Criterion.bool("wifi", "Wi-Fi", "", true);

    @Test
    void versionsCountFromOne() {
        assertEquals(1, new SpecificationRules("PDA", 1, List.of()).version());
        assertEquals("Specification versions count from 1, not 0",
                assertThrows(IllegalArgumentException.class, () -> new SpecificationRules("PDA", 0, List.of()))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SpecificationRules("PDA", -3, List.of()));
    }

    @Test
    void needsACategory() {
        assertThrows(IllegalArgumentException.class, () -> new SpecificationRules(null, 1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SpecificationRules(" ", 1, List.of()));
    }

    @Test
    void refusesTwoCriteriaWithTheSameKeyNamingIt() {
        Criterion otherMemory = Criterion.max("memory", "Mémoire maximale", "", false, "Go", BigDecimal.TEN);
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> new SpecificationRules("PDA", 2, List.of(MEMORY, WIFI, otherMemory)));
        assertEquals("Specification PDA v2 has the criterion key memory twice", refusal.getMessage());
    }

    @Test
    void refusesMissingCriteria() {
        assertThrows(IllegalArgumentException.class, () -> new SpecificationRules("PDA", 1, null));
        assertThrows(IllegalArgumentException.class,
                () -> new SpecificationRules("PDA", 1, Arrays.asList(MEMORY, null)));
    }

    @Test
    void criteriaAreCopiedInTheirOrder() {
        List<Criterion> criteria = new ArrayList<>(List.of(WIFI, MEMORY));
        SpecificationRules rules = new SpecificationRules("PDA", 1, criteria);
        criteria.clear();
        assertEquals(List.of(WIFI, MEMORY), rules.criteria());
        assertThrows(UnsupportedOperationException.class, () -> rules.criteria().add(WIFI));
    }

    @Test
    void findsACriterionByKey() {
        SpecificationRules rules = new SpecificationRules("PDA", 1, List.of(WIFI, MEMORY));
        assertEquals(MEMORY, rules.criterion("memory").orElseThrow());
        assertTrue(rules.criterion("disk").isEmpty());
        assertTrue(rules.criterion(null).isEmpty());
    }
}
