package fr.catalogue.partner;

import fr.catalogue.common.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether uploaded bytes are a PDF document, without a PDF library: the declared type
 * is {@code application/pdf}, the size within the limit, the file starts with {@code %PDF-1.x}
 * or {@code %PDF-2.0}, ends (within its last kilobyte) with {@code startxref}, an offset and
 * {@code %%EOF}, and that offset points inside the file at a cross-reference table ({@code xref})
 * or a cross-reference stream ({@code n 0 obj}). This is the skeleton every conforming PDF has
 * (ISO 32000, §7.5); a renamed text, image or office file fails it. It does not prove the pages
 * render; an administrator opens each document anyway before deciding.
 */
public final class PdfCheck {

    public static final String PDF = "application/pdf";
    private static final Pattern HEADER = Pattern.compile("^%PDF-(1\\.[0-7]|2\\.0)");
    private static final Pattern TRAILER = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$");
    private static final Pattern XREF_STREAM = Pattern.compile("^\\s*\\d+\\s+\\d+\\s+obj");
    private static final int TAIL = 1024;

    private final long maxBytes;

    public PdfCheck(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Checks one uploaded file.
     *
     * @param field the form field to name in the refusal
     * @throws InvalidInputException with a French message naming the file when it is refused
     */
    public void check(String field, String fileName, String contentType, byte[] content) {
        String name = fileName == null ? "" : fileName;
        if (content == null || content.length == 0) {
            throw new InvalidInputException(field, "Le fichier « " + name + " » est vide.");
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException(field, "Le fichier « " + name + " » dépasse la taille maximale de "
                    + (maxBytes / (1024 * 1024)) + " Mo.");
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        if (!PDF.equals(type) || !name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new InvalidInputException(field, "Le fichier « " + name + " » doit être un document PDF (.pdf).");
        }
        if (!isPdf(content)) {
            throw new InvalidInputException(field, "Le fichier « " + name + " » n'est pas un document PDF lisible.");
        }
    }

    /** Whether the bytes have the structure of a PDF document (see the class comment). */
    public static boolean isPdf(byte[] content) {
        if (content.length < 32) {
            return false;
        }
        String head = new String(content, 0, Math.min(16, content.length), StandardCharsets.ISO_8859_1);
        if (!HEADER.matcher(head).find()) {
            return false;
        }
        int tailStart = Math.max(0, content.length - TAIL);
        String tail = new String(content, tailStart, content.length - tailStart, StandardCharsets.ISO_8859_1);
        Matcher trailer = TRAILER.matcher(tail);
        if (!trailer.find()) {
            return false;
        }
        long offset;
        try {
            offset = Long.parseLong(trailer.group(1));
        } catch (NumberFormatException e) {
            return false;
        }
        if (offset <= 0 || offset >= content.length) {
            return false;
        }
        String atOffset = new String(content, (int) offset, (int) Math.min(40, content.length - offset),
                StandardCharsets.ISO_8859_1);
        return atOffset.startsWith("xref") || XREF_STREAM.matcher(atOffset).find();
    }
}
