package fr.catalogue.specification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private static final CriterionResult MEMORY_FAILED = new CriterionResult("memory", "Mémoire", ResultStatus.FAIL,
            true, "Mémoire : 2 Go, il faut au moins 4 Go");
    private static final CriterionResult WIFI_OPTIONAL_MISSING = new CriterionResult("wifi", "Wi-Fi",
            ResultStatus.MISSING, false, "Wi-Fi : non renseigné, réponse attendue : oui ou non");

    @Test
    void conformingMustAgreeWithTheResults() {
        assertThrows(IllegalArgumentException.class,
                () -> new Verdict("PDA", 1, true, List.of(MEMORY_FAILED), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Verdict("PDA", 1, false, List.of(WIFI_OPTIONAL_MISSING), List.of()));
        assertEquals(List.of(MEMORY_FAILED),
                new Verdict("PDA", 1, false, List.of(WIFI_OPTIONAL_MISSING, MEMORY_FAILED), List.of()).failures());
    }

    @Test
    void namesTheVersionJudgedAgainst() {
        assertThrows(IllegalArgumentException.class, () -> new Verdict("PDA", 0, true, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Verdict(" ", 1, true, List.of(), List.of()));
    }

    @Test
    void unknownAttributesAreSorted() {
        assertEquals(List.of("a", "b", "c"), new Verdict("PDA", 1, true, null, List.of("c", "a", "b")).unknownAttributes());
    }

    @Test
    void refusesTwoResultsForOneCriterion() {
        assertThrows(IllegalArgumentException.class,
                () -> new Verdict("PDA", 1, false, List.of(MEMORY_FAILED, MEMORY_FAILED), List.of()));
    }

    @Test
    void aResultNeedsAMessage() {
        assertThrows(IllegalArgumentException.class,
                () -> new CriterionResult("memory", "Mémoire", ResultStatus.PASS, true, " "));
        assertThrows(IllegalArgumentException.class,
                () -> new CriterionResult("memory", "Mémoire", null, true, "Mémoire : 8 Go"));
    }
}
