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

    public AddressSafety(Set<String> allowedHosts, Resolver resolver) {
        throw new UnsupportedOperationException("contract");
    }

    /**
     * Checks an address before any request is made to it, and returns the addresses its host
     * resolved to (all checked), the connection must be made to one of them.
     *
     * @throws UnsafeAddressException with the French reason, when it must not be fetched
     */
    public List<InetAddress> check(URI address) {
        throw new UnsupportedOperationException("contract");
    }

    /** Whether an address is in a forbidden range. */
    public static boolean isForbidden(InetAddress address) {
        throw new UnsupportedOperationException("contract");
    }
}
