package fr.catalogue.linkcheck;

import java.net.URI;

/**
 * The decision of R15: whether an address is "the catalogue". The catalogue is any page under the
 * configured public address ({@code catalogue.public-url}): same host (case-blind), scheme http or
 * https, default port or not, path under the base path. A look-alike host, or the address only
 * inside a query string, is not the catalogue.
 */
public final class CatalogueAddress {

    // TEMPORARY minimal version (crawler branch); replaced by the issue5-safety implementation.
    private final String host;
    private final String path;

    private CatalogueAddress(String host, String path) {
        this.host = host;
        this.path = path;
    }

    /** @param publicUrl the configured public address, e.g. {@code https://catalogue.gouv.fr/} */
    public static CatalogueAddress of(String publicUrl) {
        URI u = URI.create(publicUrl);
        String p = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return new CatalogueAddress(u.getHost().toLowerCase(java.util.Locale.ROOT), p.endsWith("/") ? p : p + "/");
    }

    /** Whether {@code address} (absolute, already resolved against its page) is a page of the catalogue. */
    public boolean contains(URI address) {
        if (address.getScheme() == null || address.getHost() == null) {
            return false;
        }
        String scheme = address.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return false;
        }
        String p = address.getRawPath() == null || address.getRawPath().isEmpty() ? "/" : address.getRawPath();
        return address.getHost().equalsIgnoreCase(host) && (p + "/").startsWith(path);
    }
}
