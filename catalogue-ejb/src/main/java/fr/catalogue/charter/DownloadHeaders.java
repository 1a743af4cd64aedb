package fr.catalogue.charter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTTP headers a charter document is sent with, the same from the download servlet and the
 * API: its type, a {@code Content-Disposition: attachment} naming the file (ASCII fallback and
 * RFC 6266 / 5987 UTF-8 form), no type sniffing by the browser, and a sandbox so that even an SVG
 * opened directly runs nothing. The SHA-256 travels along so that a client can check the file.
 */
public final class DownloadHeaders {

    private DownloadHeaders() {
    }

    public static Map<String, String> of(DocumentRow row, int length) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", row.contentType());
        headers.put("Content-Length", String.valueOf(length));
        headers.put("Content-Disposition", attachment(row.fileName()));
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        headers.put("Cache-Control", "private, no-store");
        headers.put("X-Checksum-SHA256", row.sha256());
        return headers;
    }

    /** {@code attachment; filename="…"; filename*=UTF-8''…} for any file name. */
    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
