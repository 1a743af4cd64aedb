package fr.catalogue.linkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** How a host is read: the same way for the safety rules and for the R15 decision. */
class AuthorityTest {

    private static InetAddress v4(long value) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16),
                    (byte) (value >>> 8), (byte) value});
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static InetAddress literal(String host) {
        return Authority.of(URI.create("http://" + host + "/")).literal();
    }

    @Property
    void everySpellingOfAnIpv4AddressIsThatAddress(@ForAll int value) {
        long unsigned = Integer.toUnsignedLong(value);
        InetAddress expected = v4(unsigned);
        int a = (int) (unsigned >>> 24);
        int b = (int) (unsigned >>> 16) & 0xFF;
        int c = (int) (unsigned >>> 8) & 0xFF;
        int d = (int) unsigned & 0xFF;
        assertEquals(expected, literal(a + "." + b + "." + c + "." + d));
        assertEquals(expected, literal(Long.toString(unsigned)));
        assertEquals(expected, literal("0x" + Long.toHexString(unsigned)));
        assertEquals(expected, literal("0" + Long.toOctalString(unsigned)));
        assertEquals(expected, literal("0x" + Integer.toHexString(a) + ".0" + Integer.toOctalString(b) + "." + c + "."
                + "0x" + Integer.toHexString(d).toUpperCase()));
        assertEquals(expected, literal(a + "." + (unsigned & 0xFF_FFFF)));
        assertEquals(expected, literal(a + "." + b + "." + (unsigned & 0xFFFF)));
        assertEquals(expected, literal(a + "." + b + "." + c + "." + d + "."));
    }

    @Test
    void aNameIsLowerCaseAsciiWithoutItsTrailingDot() {
        Authority authority = Authority.of(URI.create("https://Catalogue.Gouv.FR.:8443/x"));
        assertEquals("catalogue.gouv.fr", authority.host());
        assertNull(authority.literal());
        assertEquals(8443, authority.port());
        assertFalse(authority.userInfo());
        assertEquals("xn--caf-dma.example", Authority.of(URI.create("http://café.example/")).host());
    }

    @Test
    void theHostIsWhatFollowsTheLastAt() {
        Authority authority = Authority.of(URI.create("https://catalogue.gouv.fr@evil.com/"));
        assertEquals("evil.com", authority.host());
        assertTrue(authority.userInfo());
        assertEquals("127.0.0.1", Authority.of(URI.create("http://a@b@0x7f.1/")).literal().getHostAddress());
    }

    @Test
    void anIpv6LiteralLosesItsBracketsAndZone() {
        Authority authority = Authority.of(URI.create("http://[FE80::1%25eth0]:81/"));
        assertEquals("fe80::1", authority.host());
        assertEquals("fe80:0:0:0:0:0:0:1", authority.literal().getHostAddress());
        assertEquals(81, authority.port());
    }

    @Test
    void aHostEndingInANumberMustBeAWholeAddress() {
        assertThrows(IllegalArgumentException.class, () -> literal("example.123"));
        assertThrows(IllegalArgumentException.class, () -> literal("1.2.3.4.5"));
        assertThrows(IllegalArgumentException.class, () -> literal("09.1.1.1"));
        assertNull(literal("123.example"), "a name that only starts with a number is a name");
        assertNull(literal("0x7f.example"));
    }

    @Test
    void aSettingMayNameALiteralWithOrWithoutBrackets() {
        assertEquals("0:0:0:0:0:0:0:1", Authority.literalOf("[::1]").orElseThrow().getHostAddress());
        assertEquals("0:0:0:0:0:0:0:1", Authority.literalOf("::1").orElseThrow().getHostAddress());
        assertEquals("127.0.0.1", Authority.literalOf(" 2130706433 ").orElseThrow().getHostAddress());
        assertTrue(Authority.literalOf("localhost").isEmpty());
        assertTrue(Authority.literalOf("1.2.3.4.5").isEmpty());
    }
}
