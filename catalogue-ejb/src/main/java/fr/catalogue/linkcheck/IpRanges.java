package fr.catalogue.linkcheck;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The address ranges the crawler never connects to: everything that is not a public unicast
 * address on the Internet (RFC 6890 special-purpose registries), so that a link cannot make the
 * server reach its own network, its cloud metadata service or itself. IPv6 forms that carry an
 * IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the IPv4 address they carry.
 */
final class IpRanges {

    private static final List<Range> FORBIDDEN_V4 = List.of(
            range("0.0.0.0", 8), // "this network", 0.0.0.0 reaches the local host on Linux
            range("10.0.0.0", 8), // private
            range("100.64.0.0", 10), // carrier-grade NAT
            range("127.0.0.0", 8), // loopback
            range("169.254.0.0", 16), // link-local, 169.254.169.254 cloud metadata
            range("172.16.0.0", 12), // private
            range("192.0.0.0", 24), // IETF protocol assignments
            range("192.0.2.0", 24), // documentation TEST-NET-1
            range("192.168.0.0", 16), // private
            range("198.18.0.0", 15), // benchmarking
            range("198.51.100.0", 24), // documentation TEST-NET-2
            range("203.0.113.0", 24), // documentation TEST-NET-3
            range("224.0.0.0", 4), // multicast
            range("240.0.0.0", 4)); // reserved, 255.255.255.255 broadcast

    private static final List<Range> FORBIDDEN_V6 = List.of(
            range("fe80::", 10), // link-local
            range("fec0::", 10), // site-local (deprecated, still private where used)
            range("fc00::", 7), // unique-local, fd00:ec2::254 cloud metadata
            range("ff00::", 8), // multicast
            range("2001:db8::", 32), // documentation
            range("64:ff9b:1::", 48)); // local-use NAT64: may translate to any private IPv4

    // built by hand: InetAddress turns "::ffff:0:0" into the IPv4 address 0.0.0.0
    private static final Range IPV4_MAPPED = new Range(
            new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0}, 96);
    private static final Range IPV4_COMPATIBLE = range("::", 96); // includes :: and ::1
    private static final Range NAT64 = range("64:ff9b::", 96);
    private static final Range SIX_TO_FOUR = range("2002::", 16);

    private IpRanges() {
    }

    static boolean isForbidden(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return FORBIDDEN_V4.stream().anyMatch(r -> r.contains(bytes));
        }
        if (IPV4_MAPPED.contains(bytes) || IPV4_COMPATIBLE.contains(bytes) || NAT64.contains(bytes)) {
            return isForbidden(ipv4(bytes, 12));
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return isForbidden(ipv4(bytes, 2));
        }
        return FORBIDDEN_V6.stream().anyMatch(r -> r.contains(bytes));
    }

    private static InetAddress ipv4(byte[] bytes, int from) {
        byte[] v4 = {bytes[from], bytes[from + 1], bytes[from + 2], bytes[from + 3]};
        try {
            return InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static Range range(String literal, int bits) {
        try {
            // literals only: InetAddress parses them without asking a resolver
            return new Range(InetAddress.getByName(literal).getAddress(), bits);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(literal, e);
        }
    }

    /** A CIDR block: the first {@code bits} bits of {@code prefix}. */
    private record Range(byte[] prefix, int bits) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }
}
