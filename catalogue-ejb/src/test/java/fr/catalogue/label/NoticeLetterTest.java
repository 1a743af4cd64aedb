package fr.catalogue.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.catalogue.common.Sha256;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The letter of a notice lists the findings and the changes required (R18). */
class NoticeLetterTest {

    @Test
    void theLetterIsAPdfListingEachFindingAndItsRequiredChange() throws Exception {
        byte[] pdf = NoticeLetter.write(new NoticeLetter.Content(42, "Réseaux Dupont", "1 rue de la Paix, 75002 Paris",
                Instant.parse("2026-11-02T09:00:00Z"),
                List.of(new NoticeItem(11L, null, "SPECIFICATION", "Le débit garanti n'est pas indiqué",
                                "Indiquer le débit garanti"),
                        new NoticeItem(null, null, "PROFILE", "Attestation d'assurance expirée",
                                "Déposer une attestation en cours de validité")),
                4, "http://localhost:8080/partenaire/avertissements.xhtml"));
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains("Avertissement n° 42"), text);
        assertTrue(text.contains("Réseaux Dupont"), text);
        assertTrue(text.contains("Indiquer le débit garanti"), text);
        assertTrue(text.contains("Attestation d'assurance expirée"), text);
        assertTrue(text.contains("2 novembre 2026"), text);
        assertTrue(text.contains("quinze jours"), text);
        assertEquals(64, Sha256.hex(pdf).length());
    }
}
