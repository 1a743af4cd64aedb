package fr.catalogue.linkcheck;

import java.math.BigInteger;
import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * The host and port of an http(s) address, read from the raw authority the way a browser reads it
 * (WHATWG URL host parsing), because {@link URI#getHost()} is null for many spellings a browser
 * still follows ({@code 0x7f.1}, non-ASCII names, several {@code @}) and an unread host must never
 * be taken for a safe one. Shared by {@link AddressSafety} (what may be fetched) and
 * {@link CatalogueAddress} (what is the catalogue) so both see the same host.
 *
 * @param host the host in canonical form: a name in lower-case ASCII (IDN converted to punycode)
 *        without its trailing dot, or for a literal address the text written (lower case, without
 *        brackets or zone id)
 * @param literal the address when the host is an IPv4 or IPv6 literal, in any spelling; else null
 * @param port the port written, -1 when none
 * @param userInfo whether the authority holds user information before an {@code @}
 */
record Authority(String host, InetAddress literal, int port, boolean userInfo) {

    private static final int MAX_NAME_LENGTH = 253;

    /**
     * Reads the authority of an absolute hierarchical address.
     *
     * @throws IllegalArgumentException with a French sentence when there is no host or the host or
     *         port cannot be read
     */
    static Authority of(URI address) {
        String authority = address.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw new IllegalArgumentException("L'adresse n'indique aucun site.");
        }
        int at = authority.lastIndexOf('@');
        boolean userInfo = at >= 0;
        String hostAndPort = authority.substring(at + 1);
        String rawHost;
        String rawPort;
        InetAddress literal = null;
        String host;
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            if (close < 0) {
                throw invalidHost(hostAndPort);
            }
            String inside = hostAndPort.substring(1, close);
            rawHost = inside;
            String rest = hostAndPort.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw invalidHost(hostAndPort);
            }
            rawPort = rest.isEmpty() ? null : rest.substring(1);
            literal = ipv6(inside).orElseThrow(() -> invalidHost(inside));
            int zone = rawHost.indexOf('%');
            host = (zone < 0 ? rawHost : rawHost.substring(0, zone)).toLowerCase(Locale.ROOT);
        } else {
            int colon = hostAndPort.lastIndexOf(':');
            rawHost = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
            rawPort = colon < 0 ? null : hostAndPort.substring(colon + 1);
            host = name(rawHost);
            literal = ipv4(host).orElse(null);
            if (literal == null) {
                checkLabels(host, rawHost);
            }
        }
        return new Authority(host, literal, port(rawPort), userInfo);
    }

    /** The host as a name or literal written in a setting (allowed hosts), or empty when it cannot be read. */
    static Optional<InetAddress> literalOf(String text) {
        String value = text.strip();
        try {
            if (value.startsWith("[") && value.endsWith("]")) {
                return ipv6(value.substring(1, value.length() - 1));
            }
            if (value.indexOf(':') >= 0) {
                return ipv6(value);
            }
            return ipv4(name(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The name in canonical form: IDN to ASCII, lower case, one trailing dot removed. */
    private static String name(String rawHost) {
        if (rawHost.isEmpty()) {
            throw new IllegalArgumentException("L'adresse n'indique aucun site.");
        }
        // a browser would percent-decode the host first; no genuine link needs it, so it is refused
        if (rawHost.indexOf('%') >= 0 || rawHost.indexOf(':') >= 0) {
            throw invalidHost(rawHost);
        }
        String ascii = rawHost;
        if (!rawHost.chars().allMatch(c -> c < 0x80)) {
            try {
                // also maps full-width digits and ideographic full stops, as browsers do
                ascii = IDN.toASCII(rawHost, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                throw invalidHost(rawHost);
            }
        }
        String lower = ascii.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        if (lower.isEmpty()) {
            throw invalidHost(rawHost);
        }
        return lower;
    }

    private static void checkLabels(String host, String rawHost) {
        if (host.length() > MAX_NAME_LENGTH) {
            throw invalidHost(rawHost);
        }
        for (String label : host.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63) {
                throw invalidHost(rawHost);
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                boolean allowed = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
                if (!allowed) {
                    throw invalidHost(rawHost);
                }
            }
        }
    }

    private static int port(String rawPort) {
        if (rawPort == null || rawPort.isEmpty()) {
            return -1; // "http://host:/" means the default port (RFC 3986)
        }
        if (rawPort.length() > 5 || !rawPort.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalidPort(rawPort);
        }
        int port = Integer.parseInt(rawPort);
        if (port < 1 || port > 65_535) {
            throw invalidPort(rawPort);
        }
        return port;
    }

    /**
     * An IPv6 literal (without brackets, with an optional zone id, which is dropped). Only hex
     * digits, colons and dots are given to {@link InetAddress#getByName}, which then parses a literal
     * and never asks a resolver.
     */
    private static Optional<InetAddress> ipv6(String text) {
        int zone = text.indexOf('%');
        String address = zone < 0 ? text : text.substring(0, zone);
        if (zone == 0 || zone == text.length() - 1 || address.indexOf(':') < 0) {
            return Optional.empty();
        }
        for (int i = 0; i < address.length(); i++) {
            char c = Character.toLowerCase(address.charAt(i));
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c == ':' || c == '.')) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * The WHATWG IPv4 parser: a host whose last label is a number is an IPv4 address, written with
     * one to four parts, each decimal, octal (leading 0) or hexadecimal (0x), the last part filling
     * the remaining bytes ({@code 127.1}, {@code 2130706433}, {@code 0x7f.0.0.1}, {@code 0177.0.0.1}).
     *
     * @return empty when the host is a name (its last label is not a number)
     * @throws IllegalArgumentException when the last label is a number but the whole is no address
     *         ({@code 1.2.3.4.5}, {@code 256.1.1.1}, {@code 08.1.1.1}, {@code example.123})
     */
    static Optional<InetAddress> ipv4(String host) {
        String[] parts = host.split("\\.", -1);
        int count = parts.length;
        if (count > 1 && parts[count - 1].isEmpty()) {
            count--;
        }
        if (count == 0 || !endsInNumber(parts[count - 1])) {
            return Optional.empty();
        }
        if (count > 4) {
            throw invalidHost(host);
        }
        BigInteger[] numbers = new BigInteger[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = number(parts[i]);
            if (numbers[i] == null) {
                throw invalidHost(host);
            }
        }
        BigInteger byteLimit = BigInteger.valueOf(256);
        for (int i = 0; i < count - 1; i++) {
            if (numbers[i].compareTo(byteLimit) >= 0) {
                throw invalidHost(host);
            }
        }
        if (numbers[count - 1].compareTo(byteLimit.pow(5 - count)) >= 0) {
            throw invalidHost(host);
        }
        long value = numbers[count - 1].longValue();
        for (int i = 0; i < count - 1; i++) {
            value += numbers[i].longValue() << (8 * (3 - i));
        }
        byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static boolean endsInNumber(String last) {
        if (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true;
        }
        return (last.startsWith("0x") || last.startsWith("0X")) && number(last) != null;
    }

    /** One part of an IPv4 address, or null when it is not a number. */
    private static BigInteger number(String part) {
        if (part.isEmpty()) {
            return null;
        }
        int radix = 10;
        String digits = part;
        if (part.startsWith("0x") || part.startsWith("0X")) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() > 1 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            return BigInteger.ZERO; // "0x" is zero for a browser
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0) {
                return null;
            }
        }
        return new BigInteger(digits, radix);
    }

    private static IllegalArgumentException invalidHost(String host) {
        return new IllegalArgumentException("Le nom de site « " + host + " » n'est pas valide.");
    }

    private static IllegalArgumentException invalidPort(String port) {
        return new IllegalArgumentException("Le port « " + port + " » n'est pas valide (de 1 à 65535).");
    }
}
