package fr.catalogue.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.label.LabelCaption;
import fr.catalogue.label.LabelStatus;
import fr.catalogue.security.Role;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who downloads what (R23), and in which order a partner sees its documents (R21). */
class DocumentAccessTest {

    @ParameterizedTest
    @EnumSource(LabelStatus.class)
    void theTermsOfUseArePublic(LabelStatus status) {
        assertTrue(DocumentAccess.refusal(DocumentKind.TERMS, null, null).isEmpty());
        assertTrue(DocumentAccess.refusal(DocumentKind.TERMS, Role.PARTNER, status).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"ANNEX", "GRAPHIC_CHARTER", "LOGO"})
    void theReservedDocumentsGoToHoldersOfTheRightAndTheStaff(DocumentKind kind) {
        assertTrue(DocumentAccess.refusal(kind, Role.PARTNER, LabelStatus.GRANTED).isEmpty());
        assertTrue(DocumentAccess.refusal(kind, Role.PARTNER, LabelStatus.WARNED).isEmpty(), "a notice does not stop downloads");
        assertTrue(DocumentAccess.refusal(kind, Role.ADMIN, null).isEmpty());
        assertTrue(DocumentAccess.refusal(kind, Role.REVIEWER, null).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"ANNEX", "GRAPHIC_CHARTER", "LOGO"})
    void aWithdrawnOrExpiredRightOrNobodyIsRefusedWithAReason(DocumentKind kind) {
        String withdrawn = DocumentAccess.refusal(kind, Role.PARTNER, LabelStatus.WITHDRAWN).orElseThrow();
        assertTrue(withdrawn.contains("vous a été retiré") && withdrawn.contains(kind.label()), withdrawn);
        String expired = DocumentAccess.refusal(kind, Role.PARTNER, LabelStatus.EXPIRED).orElseThrow();
        assertTrue(expired.contains("a expiré"), expired);
        String anonymous = DocumentAccess.refusal(kind, null, null).orElseThrow();
        assertTrue(anonymous.contains("connectez-vous"), anonymous);
        assertTrue(DocumentAccess.refusal(kind, Role.PARTNER, null).isPresent(), "an unknown right is no right");
    }

    @Test
    void aPartnerSeesItsOwnCaptionsLogoFirst() {
        List<DocumentRow> latest = List.of(row(1, DocumentKind.ANNEX, null), row(2, DocumentKind.GRAPHIC_CHARTER, null),
                row(3, DocumentKind.LOGO, LabelCaption.ADVISER), row(4, DocumentKind.LOGO, LabelCaption.EQUIPMENT),
                row(5, DocumentKind.LOGO, LabelCaption.OFFER), row(6, DocumentKind.TERMS, null));
        List<Long> order = DocumentShelf.forPartner(latest, LabelCaption.OFFER).stream().map(DocumentRow::id).toList();
        assertEquals(5L, order.get(0));
        assertEquals(List.of(6L, 1L, 2L), order.subList(1, 4));
        assertEquals(6, order.size());
        assertEquals(3L, DocumentShelf.forPartner(latest, LabelCaption.ADVISER).get(0).id());
    }

    private static DocumentRow row(long id, DocumentKind kind, LabelCaption caption) {
        return new DocumentRow(id, kind, caption, kind.label(), 1, "f", "application/pdf", 10, "0".repeat(64), "admin",
                Instant.EPOCH);
    }
}
