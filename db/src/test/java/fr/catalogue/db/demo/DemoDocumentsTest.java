package fr.catalogue.db.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.catalogue.charter.CharterFileCheck;
import fr.catalogue.charter.DocumentKind;
import fr.catalogue.charter.FileType;
import org.junit.jupiter.api.Test;

/** The demo's charter documents are files an administrator could upload (R21, R23). */
class DemoDocumentsTest {

    private final CharterFileCheck check = new CharterFileCheck(10L * 1024 * 1024);

    @Test
    void theTermsArePdfAndTheLogosSafeSvg() {
        assertEquals(FileType.PDF, check.check(DocumentKind.TERMS, "cgu.pdf",
                DemoDocuments.pdf("Conditions", "Premier paragraphe.", "Second paragraphe.")).type());
        assertEquals(FileType.SVG, check.check(DocumentKind.LOGO, "logo.svg",
                DemoDocuments.svg("conseiller informatique et Télécoms TPE")).type());
    }
}
