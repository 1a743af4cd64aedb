package fr.catalogue.charter;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.Sha256;
import fr.catalogue.partner.PdfCheck;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a charter document before it is stored (R21, R23): not empty, within the size limit
 * ({@code catalogue.documents.max-bytes}), of a type recognised from its bytes (the type the
 * browser declared is ignored: it says what the file is called, not what it is), a type allowed
 * for the kind of document, a file name that agrees with the content, and for SVG no script and no
 * external reference ({@link SvgCheck}). Plain Java; every refusal is a French message on the
 * field {@value #FIELD}.
 */
public final class CharterFileCheck {

    public static final String FIELD = "file";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_END = {'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private final long maxBytes;

    public CharterFileCheck(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** A file that passed the checks: its safe name, its type (from the content), its bytes and their SHA-256. */
    public record CheckedFile(String fileName, FileType type, byte[] content, String sha256) {

        @Override
        public String toString() {
            return "CheckedFile[" + fileName + ", " + type + ", " + content.length + " bytes, " + sha256 + "]";
        }
    }

    /**
     * Checks one uploaded file for a document of the given kind.
     *
     * @throws InvalidInputException on the field {@value #FIELD}, with a French message naming the file
     */
    public CheckedFile check(DocumentKind kind, String fileName, byte[] content) {
        String name = safeFileName(fileName);
        if (content == null || content.length == 0) {
            throw refused("Le fichier « " + name + " » est vide.");
        }
        if (content.length > maxBytes) {
            throw refused("Le fichier « " + name + " » dépasse la taille maximale de " + megabytes(maxBytes) + " Mo.");
        }
        FileType type = sniff(content).orElseThrow(() -> refused("Le fichier « " + name
                + " » n'est ni un document PDF, ni une image PNG, JPEG ou SVG lisible."));
        if (!kind.accepted().contains(type)) {
            throw refused("« " + kind.label() + " » doit être un fichier " + accepted(kind) + " ; « " + name
                    + " » est un fichier " + type.label() + ".");
        }
        if (!type.matchesName(name)) {
            throw refused("Le nom « " + name + " » ne correspond pas à son contenu, qui est un fichier " + type.label()
                    + " : renommez-le avant de l'envoyer.");
        }
        if (type == FileType.SVG) {
            SvgCheck.problem(content).ifPresent(problem -> {
                throw refused("Le fichier SVG « " + name + " » est refusé : " + problem + ".");
            });
        }
        return new CheckedFile(name, type, content, Sha256.hex(content));
    }

    /**
     * The type of a file from its bytes: the structure of a PDF ({@link PdfCheck#isPdf}), the PNG
     * signature with its first (IHDR) and last (IEND) chunks, the JPEG start and end markers, or an
     * XML document (an SVG, checked further by {@link SvgCheck}). Empty for anything else.
     */
    static Optional<FileType> sniff(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return PdfCheck.isPdf(content) ? Optional.of(FileType.PDF) : Optional.empty();
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            boolean header = content.length >= 16 + PNG_END.length && content[12] == 'I' && content[13] == 'H'
                    && content[14] == 'D' && content[15] == 'R';
            return header && endsWith(content, PNG_END) ? Optional.of(FileType.PNG) : Optional.empty();
        }
        if (content.length >= 4 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            return jpegEnds(content) ? Optional.of(FileType.JPEG) : Optional.empty();
        }
        if (SvgCheck.looksLikeXml(content)) {
            return Optional.of(FileType.SVG);
        }
        return Optional.empty();
    }

    /** The file's name without any directory and with only harmless characters, at most 200 of them. */
    static String safeFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    public long maxBytes() {
        return maxBytes;
    }

    // JPEG files end with the EOI marker; some writers pad after it, so look in the last bytes
    private static boolean jpegEnds(byte[] content) {
        for (int i = content.length - 2; i >= Math.max(2, content.length - 64); i--) {
            if ((content[i] & 0xFF) == 0xFF && (content[i + 1] & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(byte[] content, byte[] suffix) {
        int start = content.length - suffix.length;
        for (int i = 0; i < suffix.length; i++) {
            if (content[start + i] != suffix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String accepted(DocumentKind kind) {
        return kind.accepted().stream().sorted().map(FileType::label).collect(Collectors.joining(", "));
    }

    private static String megabytes(long bytes) {
        long whole = bytes / (1024 * 1024);
        return whole >= 1 ? String.valueOf(whole) : String.format(java.util.Locale.FRANCE, "%.2f", bytes / (1024.0 * 1024.0));
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException(FIELD, message);
    }
}
