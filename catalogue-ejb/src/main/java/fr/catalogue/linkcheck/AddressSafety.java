package fr.catalogue.linkcheck;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules against server-side request forgery: only http and https; the host is resolved and
 * every address it resolves to must be public. Loopback, private, link-local, carrier-grade NAT,
 * multicast, unique-local IPv6, unspecified and the cloud metadata address are refused, whatever
 * the spelling (decimal, hexadecimal, octal, IPv4-mapped or -compatible IPv6). Hosts or addresses
 * listed in {@code catalogue.linkcheck.allowed-hosts} are let through (tests, local demos).
 *
 * <p>The order of the rules, each refusing before anything later runs:
 * <ol>
 * <li>the address must be absolute, with scheme http or https (any case), and hierarchical, else
 * {@link CheckReason#MALFORMED_ADDRESS} (as its label says: "not an absolute http or https address");</li>
 * <li>it must not carry user information ({@code https://catalogue.gouv.fr@evil.com/}, {@code user:pass@}),
 * else {@link CheckReason#UNSAFE_ADDRESS}: it only serves to disguise the real host;</li>
 * <li>the host must be readable the way a browser reads it (see {@link Authority}) and the port, if
 * written, 1 to 65535, else {@link CheckReason#MALFORMED_ADDRESS};</li>
 * <li>a literal address, in any spelling ({@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1},
 * {@code [::ffff:7f00:1]}, {@code [fe80::1%25eth0]}), is judged as is and never given to the
 * resolver;</li>
 * <li>a name is resolved, and refused if <em>any</em> of its addresses is forbidden (a name with a
 * public and a private address could be answered with either);</li>
 * <li>a name without any address throws {@link UnresolvableHostException} (the site is unreachable,
 * which is not a safety matter).</li>
 * </ol>
 *
 * <p>Allowed hosts skip only the range check (steps 4 and 5), never the others. A name is allowed
 * when written as listed (case-blind, trailing dot ignored), whatever it resolves to; a literal
 * is allowed when it is the same address as a listed literal, however spelt. Listing
 * {@code localhost} therefore lets {@code http://localhost:8080/} through but not
 * {@code http://127.0.0.1:8080/}, which needs {@code 127.0.0.1} listed as well.
 *
 * <p>The caller must connect to one of the addresses {@link #check} returns, not resolve the name
 * again: a second lookup could answer differently (DNS rebinding).
 */
public final class AddressSafety {

    /** Resolves a host name to its addresses (the system resolver in production, a fake in tests). */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws java.net.UnknownHostException;
    }

    private final Set<String> allowedNames;
    private final Set<InetAddress> allowedAddresses;
    private final Resolver resolver;

    /**
     * @param allowedHosts host names or literal addresses let through though forbidden (case-blind;
     *        IPv6 with or without brackets)
     * @param resolver how names are turned into addresses
     */
    public AddressSafety(Set<String> allowedHosts, Resolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        Set<String> names = new HashSet<>();
        Set<InetAddress> addresses = new HashSet<>();
        for (String entry : allowedHosts) {
            String value = entry.strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            Optional<InetAddress> literal = Authority.literalOf(value);
            if (literal.isPresent()) {
                addresses.add(literal.get());
            } else {
                names.add(value.endsWith(".") ? value.substring(0, value.length() - 1) : value);
            }
        }
        this.allowedNames = Set.copyOf(names);
        this.allowedAddresses = Set.copyOf(addresses);
    }

    /** The rules with the system resolver ({@link InetAddress#getAllByName}). */
    public static AddressSafety system(Set<String> allowedHosts) {
        return new AddressSafety(allowedHosts, host -> List.of(InetAddress.getAllByName(host)));
    }

    /**
     * Reads an address as given by a user or found in a page (surrounding blanks ignored).
     *
     * @throws UnsafeAddressException {@link CheckReason#MALFORMED_ADDRESS} when it is blank or not a URI
     */
    public static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw malformed("Indiquez l'adresse de la page à vérifier.");
        }
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw malformed("L'adresse « " + url.strip() + " » est mal formée.");
        }
    }

    /**
     * Checks an address before any request is made to it, and returns the addresses its host
     * resolved to (all checked), the connection must be made to one of them.
     *
     * @throws UnsafeAddressException with the French reason, when it must not be fetched
     * @throws UnresolvableHostException when the host name has no address (the site is unreachable)
     */
    public List<InetAddress> check(URI address) {
        if (address == null || !address.isAbsolute()) {
            throw malformed("L'adresse doit être complète et commencer par http:// ou https://.");
        }
        String scheme = address.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw malformed("Seules les adresses http:// et https:// sont vérifiées (« " + address.getScheme()
                    + ": » ne l'est pas).");
        }
        if (address.isOpaque()) {
            throw malformed("L'adresse doit être complète et commencer par http:// ou https://.");
        }
        Authority authority;
        try {
            authority = Authority.of(address);
        } catch (IllegalArgumentException e) {
            throw malformed(e.getMessage());
        }
        if (authority.userInfo()) {
            // never echo it: it may hold a password
            throw new UnsafeAddressException(CheckReason.UNSAFE_ADDRESS,
                    "Une adresse contenant un identifiant ou un mot de passe avant le nom du site (« …@ ») est refusée.");
        }
        InetAddress literal = authority.literal();
        if (literal != null) {
            if (!allowedAddresses.contains(literal) && isForbidden(literal)) {
                throw new UnsafeAddressException(CheckReason.UNSAFE_ADDRESS, "L'adresse « " + authority.host()
                        + " » (" + literal.getHostAddress() + ") est une adresse interne ou réservée : elle n'est jamais contactée.");
            }
            return List.of(literal);
        }
        List<InetAddress> resolved = resolve(authority.host());
        if (!allowedNames.contains(authority.host()) && resolved.stream().anyMatch(AddressSafety::isForbidden)) {
            // the internal address is not shown: it would tell the outside about the inside
            throw new UnsafeAddressException(CheckReason.UNSAFE_ADDRESS, "Le nom « " + authority.host()
                    + " » désigne une adresse interne : il n'est jamais contacté.");
        }
        return resolved;
    }

    /**
     * Whether an address is in a forbidden range: see {@link IpRanges}; IPv6 forms carrying an IPv4
     * address (mapped, compatible, NAT64 64:ff9b::/96, 6to4) are judged by that IPv4 address.
     */
    public static boolean isForbidden(InetAddress address) {
        return IpRanges.isForbidden(address);
    }

    @Override
    public String toString() {
        return "AddressSafety, allowed: " + java.util.stream.Stream.concat(allowedNames.stream(),
                allowedAddresses.stream().map(InetAddress::getHostAddress)).sorted().collect(Collectors.joining(", "));
    }

    private List<InetAddress> resolve(String host) {
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new UnresolvableHostException(host, e);
        }
        if (addresses == null || addresses.isEmpty()) {
            throw new UnresolvableHostException(host, new UnknownHostException(host));
        }
        return List.copyOf(addresses);
    }

    private static UnsafeAddressException malformed(String message) {
        return new UnsafeAddressException(CheckReason.MALFORMED_ADDRESS, message);
    }
}
