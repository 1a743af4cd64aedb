package fr.catalogue.partner;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A file sent with an application or a profile, not yet checked.
 *
 * @param validUntil the end of validity of a certificate ({@link AttachmentKind#expires()}), else null
 */
public record Upload(AttachmentKind kind, String fileName, String contentType, byte[] content, LocalDate validUntil) {

    public Upload {
        Objects.requireNonNull(kind);
    }

    /** The file's name without any directory and with only harmless characters, at most 200 of them. */
    public String safeFileName() {
        String name = fileName == null ? "document.pdf" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_").trim();
        if (name.isEmpty()) {
            name = "document.pdf";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    @Override
    public String toString() {
        return "Upload[" + kind + ", " + fileName + ", " + (content == null ? 0 : content.length) + " bytes]";
    }
}
