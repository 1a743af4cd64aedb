package fr.catalogue.charter;

import fr.catalogue.label.LabelCaption;
import java.time.Instant;

/** One version of a charter document as lists show it, without its content. */
public record DocumentRow(long id, DocumentKind kind, LabelCaption caption, String title, int version, String fileName,
        String contentType, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {

    /** The size for people, in French (« 12,3 Ko »). */
    public String size() {
        if (sizeBytes < 1024) {
            return sizeBytes + " o";
        }
        double kilobytes = sizeBytes / 1024.0;
        return kilobytes < 1024 ? String.format(java.util.Locale.FRANCE, "%.1f Ko", kilobytes)
                : String.format(java.util.Locale.FRANCE, "%.1f Mo", kilobytes / 1024.0);
    }
}
