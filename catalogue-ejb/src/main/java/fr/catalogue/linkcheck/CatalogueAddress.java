package fr.catalogue.linkcheck;

import java.net.URI;

/**
 * The decision of R15: whether an address is "the catalogue". The catalogue is any page under the
 * configured public address ({@code catalogue.public-url}): same host (case-blind), scheme http or
 * https, default port or not, path under the base path. A look-alike host, or the address only
 * inside a query string, is not the catalogue.
 */
public final class CatalogueAddress {

    /** @param publicUrl the configured public address, e.g. {@code https://catalogue.gouv.fr/} */
    public static CatalogueAddress of(String publicUrl) {
        throw new UnsupportedOperationException("contract");
    }

    /** Whether {@code address} (absolute, already resolved against its page) is a page of the catalogue. */
    public boolean contains(URI address) {
        throw new UnsupportedOperationException("contract");
    }
}
