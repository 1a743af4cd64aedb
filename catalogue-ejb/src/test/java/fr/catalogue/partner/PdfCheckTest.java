package fr.catalogue.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Supporting documents must be real PDFs (R8): type, size and structure checked. */
class PdfCheckTest {

    private final PdfCheck check = new PdfCheck(5 * 1024 * 1024);

    /** A minimal but complete one-page PDF with a correct cross-reference table. */
    static byte[] minimalPdf() {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[4];
        String[] objects = {
            "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"};
        for (int i = 0; i < objects.length; i++) {
            offsets[i + 1] = pdf.length();
            pdf.append(objects[i]);
        }
        int xref = pdf.length();
        pdf.append("xref\n0 4\n0000000000 65535 f \n");
        for (int i = 1; i <= 3; i++) {
            pdf.append(String.format("%010d 00000 n \n", offsets[i]));
        }
        pdf.append("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void acceptsAWellFormedPdf() {
        assertTrue(PdfCheck.isPdf(minimalPdf()));
        check.check("attachment.INSURANCE", "attestation.pdf", "application/pdf", minimalPdf());
    }

    @Test
    void refusesATextRenamedPdf() {
        byte[] fake = "Ceci n'est pas un PDF, seulement du texte renommé en .pdf".getBytes(StandardCharsets.UTF_8);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> check.check("attachment.INSURANCE", "faux.pdf", "application/pdf", fake));
        assertEquals("attachment.INSURANCE", e.field());
        assertTrue(e.getMessage().contains("faux.pdf"), e.getMessage());
    }

    @Test
    void refusesAHeaderWithoutTheRestOfAPdf() {
        byte[] truncated = "%PDF-1.7\n1 0 obj << >> endobj\n... coupé au milieu".getBytes(StandardCharsets.ISO_8859_1);
        assertFalse(PdfCheck.isPdf(truncated));
    }

    @Test
    void refusesAStartxrefPointingNowhere() {
        String pdf = new String(minimalPdf(), StandardCharsets.ISO_8859_1).replaceFirst("startxref\n\\d+", "startxref\n12");
        assertFalse(PdfCheck.isPdf(pdf.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void refusesAnotherDeclaredTypeOrExtension() {
        assertThrows(InvalidInputException.class, () -> check.check("f", "a.pdf", "image/png", minimalPdf()));
        assertThrows(InvalidInputException.class, () -> check.check("f", "a.exe", "application/pdf", minimalPdf()));
    }

    @Test
    void refusesEmptyAndTooLargeFiles() {
        assertThrows(InvalidInputException.class, () -> check.check("f", "a.pdf", "application/pdf", new byte[0]));
        PdfCheck small = new PdfCheck(100);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> small.check("f", "a.pdf", "application/pdf", minimalPdf()));
        assertTrue(e.getMessage().contains("taille maximale"), e.getMessage());
    }
}
