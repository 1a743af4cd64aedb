package fr.catalogue.partner;

import java.time.Instant;
import java.time.LocalDate;

/** What lists show of a supporting document, without its content. */
public record AttachmentInfo(long id, AttachmentKind kind, String fileName, long sizeBytes, String sha256,
        LocalDate validUntil, Instant uploadedAt) {

    /** "245 Ko" */
    public String size() {
        return sizeBytes < 1024 ? sizeBytes + " o" : (sizeBytes + 1023) / 1024 + " Ko";
    }
}
