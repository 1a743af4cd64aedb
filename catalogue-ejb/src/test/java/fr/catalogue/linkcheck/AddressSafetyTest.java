package fr.catalogue.linkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressSafetyTest {

    /** A resolver from a fixed table that records every name it is asked for. */
    private static final class FakeResolver implements AddressSafety.Resolver {
        private final Map<String, List<String>> table;
        final List<String> asked = new ArrayList<>();

        FakeResolver(Map<String, List<String>> table) {
            this.table = table;
        }

        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            asked.add(host);
            List<String> addresses = table.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            List<InetAddress> resolved = new ArrayList<>();
            for (String address : addresses) {
                resolved.add(ip(address));
            }
            return resolved;
        }
    }

    private final FakeResolver resolver = new FakeResolver(Map.of(
            "example.com", List.of("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"),
            "intranet.example.com", List.of("10.0.0.5"),
            "half-internal.example.com", List.of("93.184.216.34", "127.0.0.1"),
            "metadata.example.com", List.of("169.254.169.254"),
            "loopback6.example.com", List.of("::1"),
            "xn--caf-dma.example", List.of("93.184.216.35"),
            "localhost", List.of("127.0.0.1", "::1"),
            "nothing.example.com", List.of()));

    private final AddressSafety safety = new AddressSafety(Set.of(), resolver);

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal); // literals only: no lookup
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private List<InetAddress> check(String url) {
        return safety.check(AddressSafety.parse(url));
    }

    private UnsafeAddressException refused(AddressSafety rules, String url, CheckReason reason) {
        var refusal = assertThrows(UnsafeAddressException.class, () -> rules.check(AddressSafety.parse(url)), url);
        assertEquals(reason, refusal.reason(), url + ": " + refusal.getMessage());
        assertEquals("url", refusal.field());
        return refusal;
    }

    @Test
    void aPublicNameIsResolvedAndAllItsAddressesAreReturned() {
        assertEquals(List.of(ip("93.184.216.34"), ip("2606:2800:220:1:248:1893:25c8:1946")),
                check("https://example.com/offre?id=1#haut"));
        assertEquals(List.of("example.com"), resolver.asked);
    }

    @Test
    void theNameIsLookedUpInLowerCaseAsciiWithoutItsTrailingDot() {
        check("HTTPS://EXAMPLE.COM./page");
        check("http://café.example/");
        check("http://CAFÉ.example/");
        assertEquals(List.of("example.com", "xn--caf-dma.example", "xn--caf-dma.example"), resolver.asked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://intranet.example.com/", "http://half-internal.example.com/",
            "http://metadata.example.com/latest/meta-data/", "http://loopback6.example.com/", "http://localhost:8080/"})
    void aNameIsRefusedWhenAnyOfItsAddressesIsInternal(String url) {
        var refusal = refused(safety, url, CheckReason.UNSAFE_ADDRESS);
        String host = URI.create(url).getHost();
        assertEquals("Le nom « " + host + " » désigne une adresse interne : il n'est jamais contacté.", refusal.getMessage());
        assertFalse(refusal.getMessage().matches(".*\\d+\\.\\d+\\.\\d+\\.\\d+.*"), "the internal address is not told");
    }

    @Test
    void anUnknownNameIsUnreachableNotUnsafe() {
        var unknown = assertThrows(UnresolvableHostException.class, () -> check("https://no-such-site.example/"));
        assertEquals("no-such-site.example", unknown.host());
        assertEquals("Le nom « no-such-site.example » ne correspond à aucun site.", unknown.getMessage());
        assertTrue(unknown.getCause() instanceof UnknownHostException);

        var empty = assertThrows(UnresolvableHostException.class, () -> check("https://nothing.example.com/"));
        assertEquals("nothing.example.com", empty.host());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1/", "http://127.0.0.1.:8080/", "HTTP://127.0.0.1/", "http://127.255.255.254/",
        "http://2130706433/", "http://0x7f000001/", "http://0X7F000001/", "http://0x7f.0.0.1/", "http://0x7f.1/",
        "http://0177.0.0.1/", "http://017700000001/", "http://0177.1/", "http://127.1/", "http://127.0.1/",
        "http://10.1/", "http://0/", "http://0.0.0.0/", "http://0x0/", "http://１２７.０.０.１/", "http://127。0。0。1/",
        "http://169.254.169.254/latest/meta-data/", "http://2852039166/", "http://0xa9fea9fe/",
        "http://10.0.0.1/", "http://100.64.0.1/", "http://100.127.255.254/", "http://172.16.0.1/", "http://172.31.255.255/",
        "http://192.0.0.8/", "http://192.0.2.1/", "http://192.168.1.1/", "http://198.18.0.1/", "http://198.19.255.255/",
        "http://198.51.100.7/", "http://203.0.113.5/", "http://224.0.0.1/", "http://239.255.255.250/",
        "http://240.0.0.1/", "http://255.255.255.255/", "http://4294967295/",
        "http://[::]/", "http://[::1]/", "http://[0:0:0:0:0:0:0:1]:8080/", "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:7f00:1]/", "http://[::FFFF:169.254.169.254]/", "http://[::ffff:10.0.0.1]/",
        "http://[::127.0.0.1]/", "http://[::a00:1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[64:ff9b::127.0.0.1]/",
        "http://[64:ff9b:1::1]/", "http://[2002:7f00:1::]/", "http://[fe80::1]/", "http://[fe80::1%25eth0]/",
        "http://[fe80::1%eth0]/", "http://[febf::1]/", "http://[fec0::1]/", "http://[fc00::1]/", "http://[fd12:3456::1]/",
        "http://[fd00:ec2::254]/", "http://[ff02::1]/", "http://[ff05::2]/", "http://[2001:db8::1]/",
        "http://[2001:db8:ffff::1]/"})
    void aForbiddenLiteralIsRefusedInAnySpellingWithoutAskingTheResolver(String url) {
        var refusal = refused(safety, url, CheckReason.UNSAFE_ADDRESS);
        assertTrue(refusal.getMessage().endsWith("est une adresse interne ou réservée : elle n'est jamais contactée."),
                refusal.getMessage());
        assertEquals(List.of(), resolver.asked, "a forbidden literal never reaches the resolver");
    }

    @Test
    void theRefusalOfALiteralShowsItAsWrittenAndAsAnAddress() {
        assertEquals("L'adresse « 0x7f.1 » (127.0.0.1) est une adresse interne ou réservée : elle n'est jamais contactée.",
                refused(safety, "http://0x7f.1:8080/admin", CheckReason.UNSAFE_ADDRESS).getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "http://8.8.8.8/, 8.8.8.8",
        "http://134744072/, 8.8.8.8",
        "http://0x8.0x8.0x8.0x8/, 8.8.8.8",
        "http://010.010.010.010/, 8.8.8.8",
        "http://8.526344/, 8.8.8.8",
        "https://93.184.216.34:8443/page, 93.184.216.34",
        "http://172.32.0.1/, 172.32.0.1",
        "http://100.128.0.1/, 100.128.0.1",
        "http://[2606:4700:4700::1111]/, 2606:4700:4700::1111",
        "http://[::ffff:8.8.8.8]/, 8.8.8.8",
        "http://[::ffff:808:808]/, 8.8.8.8",
        "http://[64:ff9b::808:808]/, 64:ff9b::808:808",
        "http://[2002:808:808::1]/, 2002:808:808::1"})
    void aPublicLiteralIsReturnedWithoutAskingTheResolver(String url, String address) {
        assertEquals(List.of(ip(address)), check(url));
        assertEquals(List.of(), resolver.asked, "a literal is never looked up");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/", "file:///etc/passwd", "javascript:alert(1)", "mailto:contact@example.com",
        "gopher://example.com/", "jar:http://example.com/a.jar!/", "data:text/html,bonjour"})
    void onlyHttpAndHttpsAreFetched(String url) {
        var refusal = refused(safety, url, CheckReason.MALFORMED_ADDRESS);
        assertTrue(refusal.getMessage().startsWith("Seules les adresses http:// et https:// sont vérifiées"),
                refusal.getMessage());
        assertEquals(List.of(), resolver.asked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://catalogue.gouv.fr@evil.com/", "http://user:secret@example.com/",
        "http://@example.com/", "http://a@b@example.com/", "http://example.com@127.0.0.1/"})
    void userInformationIsRefusedAndNeverEchoed(String url) {
        var refusal = refused(safety, url, CheckReason.UNSAFE_ADDRESS);
        assertEquals("Une adresse contenant un identifiant ou un mot de passe avant le nom du site (« …@ ») est refusée.",
                refusal.getMessage());
        assertEquals(List.of(), resolver.asked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "/relative/page", "//example.com/page", "example.com", "http:example.com",
        "http:///page", "http:/page", "http://:8080/", "http://[::1/", "http://[zz::1]/", "http://[v1.x]/",
        "http://[::1]x/", "http://1.2.3.4.5/", "http://256.0.0.1/", "http://1.256.0.0.1/", "http://08.0.0.1/",
        "http://0x100000000/", "http://4294967296/", "http://1.16777216/", "http://example.123/", "http://example.0x1/",
        "http://exa%6Dple.com/", "http://a..b/", "http://.example.com/", "http://example.com../", "http://ex ample.com/",
        "http://example.com:0/", "http://example.com:65536/", "http://example.com:8o/", "http://example.com:-1/",
        "http://example.com:123456/", "http://exa$mple.com/", "http://a:b:c/"})
    void anAddressThatCannotBeReadIsMalformed(String url) {
        var refusal = refused(safety, url, CheckReason.MALFORMED_ADDRESS);
        assertFalse(refusal.getMessage().isBlank());
        assertEquals(List.of(), resolver.asked, "nothing unreadable reaches the resolver");
    }

    @Test
    void malformedMessagesSayWhatIsWrong() {
        assertEquals("Indiquez l'adresse de la page à vérifier.", refused(safety, " ", CheckReason.MALFORMED_ADDRESS).getMessage());
        assertEquals("L'adresse doit être complète et commencer par http:// ou https://.",
                refused(safety, "/page", CheckReason.MALFORMED_ADDRESS).getMessage());
        assertEquals("Seules les adresses http:// et https:// sont vérifiées (« ftp: » ne l'est pas).",
                refused(safety, "ftp://example.com/", CheckReason.MALFORMED_ADDRESS).getMessage());
        assertEquals("L'adresse n'indique aucun site.", refused(safety, "http:///page", CheckReason.MALFORMED_ADDRESS).getMessage());
        assertEquals("Le nom de site « 1.2.3.4.5 » n'est pas valide.",
                refused(safety, "http://1.2.3.4.5/", CheckReason.MALFORMED_ADDRESS).getMessage());
        assertEquals("Le port « 65536 » n'est pas valide (de 1 à 65535).",
                refused(safety, "http://example.com:65536/", CheckReason.MALFORMED_ADDRESS).getMessage());
        assertEquals("L'adresse « http://[::1/ » est mal formée.",
                refused(safety, "http://[::1/", CheckReason.MALFORMED_ADDRESS).getMessage());
    }

    @Test
    void aPortMayBeWrittenEmptyOrWithLeadingZeros() {
        assertEquals(List.of(ip("8.8.8.8")), check("http://8.8.8.8:/"));
        assertEquals(List.of(ip("8.8.8.8")), check("http://8.8.8.8:0080/"));
        assertEquals(List.of(ip("8.8.8.8")), check("http://8.8.8.8:65535/"));
        assertEquals(List.of(ip("8.8.8.8")), check("http://8.8.8.8:1/"));
    }

    @Test
    void anAllowedNameIsLetThroughWhateverItResolvesToButNotItsAddress() {
        var rules = new AddressSafety(Set.of(" LocalHost ", "intranet.example.com."), resolver);
        assertEquals(List.of(ip("127.0.0.1"), ip("::1")), rules.check(URI.create("http://localhost:8080/")));
        assertEquals(List.of(ip("127.0.0.1"), ip("::1")), rules.check(URI.create("http://LOCALHOST.:8080/")));
        assertEquals(List.of(ip("10.0.0.5")), rules.check(URI.create("https://intranet.example.com/")));

        refused(rules, "http://127.0.0.1:8080/", CheckReason.UNSAFE_ADDRESS);
        refused(rules, "http://[::1]:8080/", CheckReason.UNSAFE_ADDRESS);
        refused(rules, "http://metadata.example.com/", CheckReason.UNSAFE_ADDRESS);
    }

    @Test
    void anAllowedNameStillObeysTheOtherRules() {
        var rules = new AddressSafety(Set.of("localhost"), resolver);
        refused(rules, "ftp://localhost/", CheckReason.MALFORMED_ADDRESS);
        refused(rules, "http://admin@localhost/", CheckReason.UNSAFE_ADDRESS);
        refused(rules, "http://localhost:0/", CheckReason.MALFORMED_ADDRESS);
        refused(rules, "http://localhost:70000/", CheckReason.MALFORMED_ADDRESS);
    }

    @Test
    void anAllowedLiteralIsLetThroughInAnySpellingButNotItsNeighboursNorNamesResolvingToIt() {
        var rules = new AddressSafety(Set.of("127.0.0.1", "[::1]", "fd00::7"), resolver);
        assertEquals(List.of(ip("127.0.0.1")), rules.check(URI.create("http://127.0.0.1:8080/")));
        assertEquals(List.of(ip("127.0.0.1")), rules.check(URI.create("http://2130706433:8080/")));
        assertEquals(List.of(ip("127.0.0.1")), rules.check(URI.create("http://[::ffff:127.0.0.1]:8080/")));
        assertEquals(List.of(ip("::1")), rules.check(URI.create("http://[0:0:0:0:0:0:0:1]:8080/")));
        assertEquals(List.of(ip("fd00::7")), rules.check(URI.create("http://[fd00:0::7]/")));
        assertEquals(List.of(), resolver.asked);

        refused(rules, "http://127.0.0.2/", CheckReason.UNSAFE_ADDRESS);
        refused(rules, "http://[fd00::8]/", CheckReason.UNSAFE_ADDRESS);
        // a name is judged by its own listing, not by the listing of the address it resolves to
        refused(rules, "http://localhost/", CheckReason.UNSAFE_ADDRESS);
    }

    @Test
    void theSystemRulesKnowTheirAllowedHostsAndJudgeLiteralsWithoutAnyLookup() {
        var rules = AddressSafety.system(Set.of("127.0.0.1"));
        assertEquals(List.of(ip("127.0.0.1")), rules.check(URI.create("http://127.0.0.1:8080/")));
        refused(rules, "http://0x7f.0.0.2/", CheckReason.UNSAFE_ADDRESS);
        assertEquals(List.of(ip("8.8.8.8")), rules.check(URI.create("http://8.8.8.8/")));
    }

    @Test
    void emptyEntriesOfTheAllowedHostsAreIgnored() {
        var rules = new AddressSafety(Set.of("", "  "), resolver);
        refused(rules, "http://127.0.0.1/", CheckReason.UNSAFE_ADDRESS);
        assertEquals("AddressSafety, allowed: ", rules.toString());
        assertEquals("AddressSafety, allowed: 127.0.0.1, localhost",
                new AddressSafety(Set.of("LOCALHOST", "0x7f.1"), resolver).toString());
    }
}
