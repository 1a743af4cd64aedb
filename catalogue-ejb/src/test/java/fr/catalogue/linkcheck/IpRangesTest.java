package fr.catalogue.linkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The forbidden ranges of {@link AddressSafety#isForbidden}, at their edges. */
class IpRangesTest {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal); // literals only: no lookup
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static InetAddress v4(int value) {
        return bytes(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    private static InetAddress bytes(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** An IPv6 address kept as IPv6 (InetAddress.getByName would turn ::ffff:a.b.c.d into IPv4). */
    private static InetAddress v6(byte[] bytes) {
        try {
            return Inet6Address.getByAddress(null, bytes, -1);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] embedding(byte[] prefix, int at, InetAddress v4) {
        byte[] bytes = new byte[16];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(v4.getAddress(), 0, bytes, at, 4);
        return bytes;
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "0.255.255.255", "10.0.0.0", "10.255.255.255", "100.64.0.0", "100.127.255.255",
        "127.0.0.0", "127.0.0.1", "127.255.255.255", "169.254.0.0", "169.254.169.254", "169.254.255.255",
        "172.16.0.0", "172.31.255.255", "192.0.0.0", "192.0.0.255", "192.0.2.0", "192.0.2.255", "192.168.0.0",
        "192.168.255.255", "198.18.0.0", "198.19.255.255", "198.51.100.0", "198.51.100.255", "203.0.113.0",
        "203.0.113.255", "224.0.0.0", "239.255.255.255", "240.0.0.0", "255.255.255.254", "255.255.255.255",
        "::", "::1", "fe80::", "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "fec0::1", "fc00::", "fdff:ffff::1",
        "fd00:ec2::254", "ff00::", "ff02::1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "2001:db8::",
        "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", "64:ff9b::a00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::808:808",
        "::a00:1", "::7f00:1", "2002:a00:1::", "2002:7f00:1:2:3:4:5:6"})
    void forbidden(String address) {
        assertTrue(AddressSafety.isForbidden(ip(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "8.8.8.8", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0",
        "126.255.255.255", "128.0.0.0", "169.253.255.255", "169.255.0.0", "172.15.255.255", "172.32.0.0",
        "192.0.1.0", "192.0.3.0", "192.167.255.255", "192.169.0.0", "198.17.255.255", "198.20.0.0",
        "198.51.99.255", "198.51.101.0", "203.0.112.255", "203.0.114.0", "223.255.255.255", "93.184.216.34",
        "2606:4700:4700::1111", "2001:db9::1", "2001:db7:ffff::1", "fe7f:ffff::1", "fbff:ffff::1",
        "2a00:1450:4007:80e::200e", "64:ff9b::808:808", "::808:808", "2002:808:808::1",
        "64:ff9a::a00:1"})
    void allowed(String address) {
        assertFalse(AddressSafety.isForbidden(ip(address)), address);
    }

    @Test
    void anIpv4MappedAddressKeptAsIpv6IsJudgedByItsIpv4Address() {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
        assertTrue(v6(embedding(mapped, 12, ip("127.0.0.1"))) instanceof Inet6Address);
        assertTrue(AddressSafety.isForbidden(v6(embedding(mapped, 12, ip("127.0.0.1")))));
        assertTrue(AddressSafety.isForbidden(v6(embedding(mapped, 12, ip("169.254.169.254")))));
        assertFalse(AddressSafety.isForbidden(v6(embedding(mapped, 12, ip("8.8.8.8")))));
    }

    @Property
    void everyIpv6FormCarryingAnIpv4AddressIsJudgedAsThatAddress(@ForAll int value) {
        InetAddress address = v4(value);
        boolean forbidden = AddressSafety.isForbidden(address);
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
        byte[] nat64 = {0, 0x64, (byte) 0xFF, (byte) 0x9B};
        byte[] sixToFour = {0x20, 0x02};
        assertEquals(forbidden, AddressSafety.isForbidden(v6(embedding(mapped, 12, address))), "mapped " + address);
        assertEquals(forbidden, AddressSafety.isForbidden(v6(embedding(new byte[0], 12, address))), "compatible " + address);
        assertEquals(forbidden, AddressSafety.isForbidden(v6(embedding(nat64, 12, address))), "NAT64 " + address);
        assertEquals(forbidden, AddressSafety.isForbidden(v6(embedding(sixToFour, 2, address))), "6to4 " + address);
    }

    @Property
    void aRangeIsForbiddenThroughout(@ForAll int value) {
        // keep the first bits of well-known ranges, take the others at random
        assertTrue(AddressSafety.isForbidden(v4((value & 0x00FF_FFFF) | 0x0A00_0000)), "10/8");
        assertTrue(AddressSafety.isForbidden(v4((value & 0x000F_FFFF) | 0xAC10_0000)), "172.16/12");
        assertTrue(AddressSafety.isForbidden(v4((value & 0x003F_FFFF) | 0x6440_0000)), "100.64/10");
        assertTrue(AddressSafety.isForbidden(v4((value & 0x0001_FFFF) | 0xC612_0000)), "198.18/15");
        assertTrue(AddressSafety.isForbidden(v4(value | 0xE000_0000)), "224/4 and 240/4");
    }
}
