package fr.catalogue.charter;

import java.util.List;
import java.util.Locale;

/** The file types a charter document may have, recognised from the bytes, never from the name. */
public enum FileType {
    PDF("application/pdf", "PDF", List.of(".pdf")),
    PNG("image/png", "PNG", List.of(".png")),
    JPEG("image/jpeg", "JPEG", List.of(".jpg", ".jpeg")),
    SVG("image/svg+xml", "SVG", List.of(".svg"));

    private final String contentType;
    private final String label;
    private final List<String> extensions;

    FileType(String contentType, String label, List<String> extensions) {
        this.contentType = contentType;
        this.label = label;
        this.extensions = extensions;
    }

    /** The type sent with the file when it is downloaded. */
    public String contentType() {
        return contentType;
    }

    public String label() {
        return label;
    }

    /** Whether a file name ends with one of this type's extensions. */
    public boolean matchesName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(name::endsWith);
    }
}
