package fr.catalogue.api.document;

import fr.catalogue.charter.DocumentRow;
import java.time.Instant;

/** One charter document version as the API lists it; {@code sha256} lets anyone check the file (R19). */
public record DocumentJson(long id, String kind, String caption, String title, int version, String fileName,
        String contentType, long sizeBytes, String sha256, Instant uploadedAt, String content) {

    static DocumentJson of(DocumentRow row) {
        return new DocumentJson(row.id(), row.kind().name(), row.caption() == null ? null : row.caption().name(),
                row.title(), row.version(), row.fileName(), row.contentType(), row.sizeBytes(), row.sha256(),
                row.uploadedAt(), "/api/v1/documents/" + row.id() + "/content");
    }
}
