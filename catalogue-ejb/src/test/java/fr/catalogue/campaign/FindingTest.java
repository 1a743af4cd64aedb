package fr.catalogue.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static Finding price() {
        return Finding.manual(1, 2, 3L, FindingKind.PRICE, "  Prix du site : 99 € HT, catalogue : 120 € HT ",
                FindingSource.MANUAL, "relecteur", NOW);
    }

    @Test
    void aManualFindingWaitsForADecision() {
        Finding finding = price();
        assertEquals(FindingStatus.PENDING, finding.getStatus());
        assertEquals("Prix du site : 99 € HT, catalogue : 120 € HT", finding.getDetail());
        assertEquals(FindingSource.MANUAL, finding.getSource());
        assertNull(finding.getDecidedAt());
    }

    @Test
    void refusesAManualFindingWithoutKindOrDetailOrFromTheChecks() {
        assertEquals("detail", assertThrows(InvalidInputException.class, () -> Finding.manual(1, 2, null,
                FindingKind.LOGO, "  ", FindingSource.MANUAL, "r", NOW)).field());
        assertEquals("kind", assertThrows(InvalidInputException.class, () -> Finding.manual(1, 2, null,
                null, "x", FindingSource.MANUAL, "r", NOW)).field());
        assertEquals("source", assertThrows(InvalidInputException.class, () -> Finding.manual(1, 2, null,
                FindingKind.LOGO, "x", FindingSource.AUTOMATIC, "r", NOW)).field());
        assertEquals("detail", assertThrows(InvalidInputException.class, () -> Finding.manual(1, 2, null,
                FindingKind.LOGO, "x".repeat(Finding.DETAIL_LENGTH + 1), FindingSource.MANUAL, "r", NOW)).field());
    }

    @Test
    void aReviewerConfirmsOrDismissesWithANote() {
        Finding finding = price();
        finding.decide(FindingStatus.CONFIRMED, 0, "relecteur", NOW, " vérifié le 23/11 ");
        assertEquals(FindingStatus.CONFIRMED, finding.getStatus());
        assertEquals("relecteur", finding.getDecidedBy());
        assertEquals(NOW, finding.getDecidedAt());
        assertEquals("vérifié le 23/11", finding.getNote());
        finding.decide(FindingStatus.DISMISSED, 0, "autre", NOW, null);
        assertEquals(FindingStatus.DISMISSED, finding.getStatus());
        assertEquals("vérifié le 23/11", finding.getNote(), "a decision without a note keeps the earlier note");
    }

    @Test
    void refusesADecisionOnAnOutdatedViewAndChangesNothing() {
        Finding finding = price();
        BusinessException refused = assertThrows(BusinessException.class,
                () -> finding.decide(FindingStatus.CONFIRMED, 4, "relecteur", NOW, null));
        assertTrue(refused.getMessage().contains("modifié entre-temps"), refused.getMessage());
        assertEquals(FindingStatus.PENDING, finding.getStatus());
    }

    @Test
    void refusesPendingAsADecision() {
        Finding finding = price();
        assertThrows(InvalidInputException.class, () -> finding.decide(FindingStatus.PENDING, 0, "r", NOW, null));
        assertThrows(InvalidInputException.class, () -> finding.decide(null, 0, "r", NOW, null));
    }
}
