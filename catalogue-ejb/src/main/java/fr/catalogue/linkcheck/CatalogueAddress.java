package fr.catalogue.linkcheck;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The decision of R15: whether an address is "the catalogue". The catalogue is any page under the
 * configured public address ({@code catalogue.public-url}): same host (case-blind), scheme http or
 * https, default port or not, path under the base path. A look-alike host, or the address only
 * inside a query string, is not the catalogue.
 *
 * <p>Precisely, an address is the catalogue when all of these hold:
 * <ul>
 * <li><b>scheme</b> http or https (any case), whichever the configured one: a visitor who follows
 * an http link is brought to the catalogue all the same. Any other scheme ({@code javascript:},
 * {@code mailto:}, {@code ftp:}) and any relative or opaque address never is;</li>
 * <li><b>no user information</b>: {@code https://user@catalogue.gouv.fr/} is not counted (browsers
 * warn or refuse), and {@code https://catalogue.gouv.fr@evil.com/} is a page of evil.com;</li>
 * <li><b>same host</b>, read as a browser does ({@link Authority}): case-blind, one trailing dot
 * ignored, internationalised names compared in their ASCII (punycode) form, literal addresses
 * compared as addresses ({@code 2130706433} is {@code 127.0.0.1}). Nothing else: neither
 * {@code www.}, nor a sub-domain, nor a parent domain, nor a look-alike;</li>
 * <li><b>port</b>: when the configured address uses its scheme's default port (written or not), the
 * address must use the default port of <em>its own</em> scheme (80 for http, 443 for https, written
 * or not), so {@code http://catalogue.gouv.fr/} matches {@code https://catalogue.gouv.fr/} but
 * {@code http://catalogue.gouv.fr:443/} does not; when the configured address names another port
 * (say 8080), the address must name that same port, with either scheme;</li>
 * <li><b>path under the base path</b>, both normalised first (percent-encoded unreserved characters
 * decoded, other escapes upper-cased, non-ASCII encoded as UTF-8, dot segments removed, an empty
 * path read as {@code /}): with the base {@code /catalogue/} (or {@code /catalogue}),
 * {@code /catalogue} and {@code /catalogue/x} match, {@code /catalogue-fake} and
 * {@code /x/../other/} do not, {@code /x/../catalogue/} does; with the base {@code /}, every path.
 * Paths are case-sensitive. Query and fragment do not matter.</li>
 * </ul>
 */
public final class CatalogueAddress {

    private static final String HEX = "0123456789ABCDEF";

    private final URI publicUrl;
    private final String host;
    private final InetAddress literal;
    private final boolean defaultPort;
    private final int port;
    private final String basePath;

    private CatalogueAddress(URI publicUrl, Authority authority, String scheme, String basePath) {
        this.publicUrl = publicUrl;
        this.host = authority.host();
        this.literal = authority.literal();
        int defaultOfScheme = defaultPort(scheme);
        this.defaultPort = authority.port() == -1 || authority.port() == defaultOfScheme;
        this.port = authority.port() == -1 ? defaultOfScheme : authority.port();
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
    }

    /**
     * @param publicUrl the configured public address, e.g. {@code https://catalogue.gouv.fr/}
     * @throws IllegalArgumentException when it is not an absolute http or https address with a host
     */
    public static CatalogueAddress of(String publicUrl) {
        URI uri;
        try {
            uri = new URI(publicUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an address: " + publicUrl, e);
        }
        String scheme = scheme(uri);
        if (scheme == null || uri.isOpaque()) {
            throw new IllegalArgumentException("not an absolute http or https address: " + publicUrl);
        }
        Authority authority;
        try {
            authority = Authority.of(uri);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid host or port: " + publicUrl, e);
        }
        if (authority.userInfo()) {
            throw new IllegalArgumentException("must not hold user information: " + publicUrl);
        }
        return new CatalogueAddress(uri, authority, scheme, normalisedPath(uri.getRawPath()));
    }

    /** Whether {@code address} (absolute, already resolved against its page) is a page of the catalogue. */
    public boolean contains(URI address) {
        String scheme = scheme(address);
        if (scheme == null || address.isOpaque()) {
            return false;
        }
        Authority authority;
        try {
            authority = Authority.of(address);
        } catch (IllegalArgumentException e) {
            return false; // a host no browser would reach
        }
        if (authority.userInfo() || !sameHost(authority) || !samePort(scheme, authority.port())) {
            return false;
        }
        String path = normalisedPath(address.getRawPath());
        return path.startsWith(basePath) || (path + "/").equals(basePath);
    }

    /** The configured public address, as given. */
    public URI publicUrl() {
        return publicUrl;
    }

    @Override
    public String toString() {
        return publicUrl.toString();
    }

    private boolean sameHost(Authority authority) {
        if (literal != null || authority.literal() != null) {
            return literal != null && literal.equals(authority.literal());
        }
        return host.equals(authority.host());
    }

    private boolean samePort(String scheme, int written) {
        int ofScheme = defaultPort(scheme);
        if (defaultPort) {
            return written == -1 || written == ofScheme;
        }
        return written == port;
    }

    /** The scheme in lower case when it is http or https, else null. */
    private static String scheme(URI address) {
        String scheme = address.getScheme();
        if (scheme == null) {
            return null;
        }
        String lower = scheme.toLowerCase(Locale.ROOT);
        return lower.equals("http") || lower.equals("https") ? lower : null;
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    /** RFC 3986 §6.2.2: percent-encoding normalised, then dot segments removed (§5.2.4). */
    static String normalisedPath(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : percentNormalised(rawPath);
        return withoutDotSegments(path);
    }

    private static String percentNormalised(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                int value = hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2));
                if (unreserved(value)) {
                    out.append((char) value);
                } else {
                    appendEscaped(out, value);
                }
                i += 2;
            } else if (c >= 0x80) {
                int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
                for (byte b : raw.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    appendEscaped(out, b & 0xFF);
                }
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, int value) {
        out.append('%').append(HEX.charAt(value >> 4)).append(HEX.charAt(value & 0xF));
    }

    private static boolean unreserved(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static int hex(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }

    private static String withoutDotSegments(String path) {
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = path.split("/", -1);
        // parts[0] is the empty text before the leading slash
        for (int i = 1; i < parts.length; i++) {
            String segment = parts[i];
            boolean last = i == parts.length - 1;
            if (segment.equals(".")) {
                if (last) {
                    segments.addLast("");
                }
            } else if (segment.equals("..")) {
                segments.pollLast();
                if (last) {
                    segments.addLast("");
                }
            } else {
                segments.addLast(segment);
            }
        }
        return "/" + String.join("/", segments);
    }
}
