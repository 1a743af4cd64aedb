package fr.catalogue.linkcheck;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * The rules against server-side request forgery: only http and https; the host is resolved and
 * every address it resolves to must be public. Loopback, private, link-local, carrier-grade NAT,
 * multicast, unique-local IPv6, unspecified and the cloud metadata address are refused, whatever
 * the spelling (decimal, hexadecimal, octal, IPv4-mapped or -compatible IPv6). Hosts or addresses
 * listed in {@code catalogue.linkcheck.allowed-hosts} are let through (tests, local demos).
 */
public final class AddressSafety {

    /** Resolves a host name to its addresses (the system resolver in production, a fake in tests). */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws java.net.UnknownHostException;
    }

    // TEMPORARY minimal version (crawler branch); replaced by the issue5-safety implementation.
    private final Set<String> allowed;
    private final Resolver resolver;

    public AddressSafety(Set<String> allowedHosts, Resolver resolver) {
        this.allowed = Set.copyOf(allowedHosts);
        this.resolver = resolver;
    }

    /**
     * Checks an address before any request is made to it, and returns the addresses its host
     * resolved to (all checked), the connection must be made to one of them.
     *
     * @throws UnsafeAddressException with the French reason, when it must not be fetched
     */
    public List<InetAddress> check(URI address) {
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || address.getHost() == null) {
            throw new UnsafeAddressException(CheckReason.MALFORMED_ADDRESS, "adresse mal formée : " + address);
        }
        String host = address.getHost().toLowerCase(java.util.Locale.ROOT);
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        List<InetAddress> all;
        try {
            all = resolver.resolve(host);
        } catch (java.net.UnknownHostException e) {
            if (allowed.contains(host)) {
                return List.of();
            }
            throw new UnsafeAddressException(CheckReason.UNSAFE_ADDRESS, "nom inconnu : " + host);
        }
        if (allowed.contains(host)) {
            return all;
        }
        for (InetAddress a : all) {
            if (isForbidden(a)) {
                throw new UnsafeAddressException(CheckReason.UNSAFE_ADDRESS, "adresse interdite : " + host);
            }
        }
        return all;
    }

    /** Whether an address is in a forbidden range. */
    public static boolean isForbidden(InetAddress address) {
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress();
    }
}
