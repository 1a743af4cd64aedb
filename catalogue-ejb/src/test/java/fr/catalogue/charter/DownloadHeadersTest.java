package fr.catalogue.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Downloads name their file safely and are never run by the browser. */
class DownloadHeadersTest {

    @Test
    void namesTheFileInAsciiAndInUtf8() {
        assertEquals("attachment; filename=\"charte graphique.pdf\"; filename*=UTF-8''charte%20graphique.pdf",
                DownloadHeaders.attachment("charte graphique.pdf"));
        assertEquals("attachment; filename=\"r_f_renc_e.svg\"; filename*=UTF-8''r%C3%A9f%C3%A9renc%C3%A9e.svg",
                DownloadHeaders.attachment("référencée.svg"));
    }

    @Test
    void sendsTheSniffedTypeWithoutSniffingAndTheChecksum() {
        DocumentRow row = new DocumentRow(1, DocumentKind.LOGO, null, "Logo", 2, "logo.svg", "image/svg+xml", 3,
                "a".repeat(64), "admin", Instant.EPOCH);
        Map<String, String> headers = DownloadHeaders.of(row, 3);
        assertEquals("image/svg+xml", headers.get("Content-Type"));
        assertEquals("3", headers.get("Content-Length"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("a".repeat(64), headers.get("X-Checksum-SHA256"));
        assertEquals("attachment; filename=\"logo.svg\"; filename*=UTF-8''logo.svg", headers.get("Content-Disposition"));
    }
}
