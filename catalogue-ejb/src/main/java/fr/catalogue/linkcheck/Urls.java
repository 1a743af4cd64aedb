package fr.catalogue.linkcheck;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses as browsers write them, turned into {@link URI}s: pages hold spaces, accents and other
 * characters {@code java.net.URI} refuses, which a browser encodes before following the link.
 */
final class Urls {

    private Urls() {
    }

    /** An absolute http(s) address, leniently encoded; empty when it cannot be one. */
    static Optional<URI> httpAddress(String text) {
        if (text == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(encodeIllegal(asciiHost(stripControls(text.strip()))));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme();
        // The host may be null here (java.net.URI does not read "2130706433" or "0x7f.1" as a host):
        // AddressSafety reads such authorities as browsers do and judges them
        if (scheme == null || uri.getRawAuthority() == null) {
            return Optional.empty();
        }
        String s = scheme.toLowerCase(Locale.ROOT);
        if (!s.equals("http") && !s.equals("https")) {
            return Optional.empty();
        }
        return Optional.of(uri);
    }

    /**
     * Resolves a link as a browser does against its base (RFC 3986), including protocol-relative
     * ("//host/path"), query-only ("?q") and empty links; empty when the result is not http(s).
     */
    static Optional<URI> resolve(URI base, String href) {
        String rel = stripControls(href.strip());
        if (rel.isEmpty() || rel.startsWith("#")) {
            return Optional.of(withoutFragment(base));
        }
        URI relative;
        try {
            relative = new URI(encodeIllegal(asciiHost(rel)));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (relative.isAbsolute()) {
            return httpAddress(relative.toString());
        }
        URI b = base;
        if (b.getRawPath() == null || b.getRawPath().isEmpty()) {
            b = URI.create(normalise(b));
        }
        if (rel.startsWith("?")) {
            String s = withoutFragment(b).toString();
            int q = s.indexOf('?');
            return httpAddress((q >= 0 ? s.substring(0, q) : s) + relative.toString());
        }
        URI resolved = b.resolve(relative);
        String path = resolved.getRawPath();
        if (path != null && path.startsWith("/..")) {
            // RFC 3986: ".." above the root stays at the root (java.net.URI keeps it)
            String fixed = path;
            while (fixed.startsWith("/../") || fixed.equals("/..")) {
                fixed = fixed.length() > 3 ? fixed.substring(3) : "/";
            }
            String s = resolved.toString();
            int at = s.indexOf(path, s.indexOf("//") + 2);
            return httpAddress(s.substring(0, at) + fixed + s.substring(at + path.length()));
        }
        return httpAddress(resolved.toString());
    }

    private static final Pattern AUTHORITY =
            Pattern.compile("^((?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//)([^/?#]*)(.*)$", Pattern.DOTALL);

    /** An internationalised host name ("café.fr") in its ASCII form, as browsers send it. */
    private static String asciiHost(String address) {
        Matcher m = AUTHORITY.matcher(address);
        if (!m.matches()) {
            return address;
        }
        String authority = m.group(2);
        boolean ascii = authority.chars().allMatch(c -> c < 0x80);
        if (ascii) {
            return address;
        }
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
        String port = colon >= 0 ? hostPort.substring(colon) : "";
        try {
            return m.group(1) + userInfo + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + port
                    + m.group(3);
        } catch (IllegalArgumentException e) {
            return address;
        }
    }

    /** Browsers drop tabs and newlines inside an address (WHATWG URL), so do we. */
    private static String stripControls(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Percent-encodes what {@link URI} refuses (space, non-ASCII, quotes, braces…), leaving valid escapes. */
    static String encodeIllegal(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean escape = c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
            if (c > 0x20 && c < 0x7f && "\"<>\\^`{|} ".indexOf(c) < 0 && (c != '%' || escape)) {
                out.append(c);
            } else {
                int end = i + 1;
                if (Character.isHighSurrogate(c) && end < s.length()) {
                    end++;
                }
                for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /**
     * The form two addresses are compared in: scheme and host in lower case, default port and
     * fragment dropped, empty path as "/".
     */
    static String normalise(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null) {
            String s = withoutFragment(uri).toString();
            return s.substring(0, s.indexOf(':')).toLowerCase(Locale.ROOT) + s.substring(s.indexOf(':'));
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
            port = -1;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        if (port >= 0) {
            out.append(':').append(port);
        }
        out.append(path);
        if (uri.getRawQuery() != null) {
            out.append('?').append(uri.getRawQuery());
        }
        return out.toString();
    }

    /** The address without its fragment (what is actually requested). */
    static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String s = uri.toString();
        return URI.create(s.substring(0, s.indexOf('#')));
    }

    /** scheme://host:port, the unit robots.txt applies to. */
    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** The host politeness limits apply to (http and https of one host share them). */
    static String hostKey(URI uri) {
        // no host for java.net.URI ("0x7f.1", "a_b.example"): such addresses are refused before any request
        return (uri.getHost() != null ? uri.getHost() : String.valueOf(uri.getRawAuthority())).toLowerCase(Locale.ROOT);
    }

    /** Same site for R16: hosts equal once a leading "www." is dropped. */
    static boolean sameSite(URI a, URI b) {
        return siteHost(a).equals(siteHost(b));
    }

    private static String siteHost(URI uri) {
        String h = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
