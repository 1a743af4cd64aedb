package fr.catalogue.linkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R15: what counts as "the catalogue" when a partner's page links back. */
class CatalogueAddressTest {

    private static final CatalogueAddress ROOT = CatalogueAddress.of("https://catalogue.gouv.fr/");
    private static final CatalogueAddress UNDER_PATH = CatalogueAddress.of("https://portail.gouv.fr/catalogue/");
    private static final CatalogueAddress LOCAL = CatalogueAddress.of("http://localhost:8080/");

    @ParameterizedTest
    @ValueSource(strings = {"https://catalogue.gouv.fr/", "https://catalogue.gouv.fr", "http://catalogue.gouv.fr/",
        "HTTPS://CATALOGUE.GOUV.FR/Offres", "https://Catalogue.Gouv.Fr/offres/42?onglet=liens#haut",
        "https://catalogue.gouv.fr./", "https://catalogue.gouv.fr:443/", "http://catalogue.gouv.fr:80/x",
        "https://catalogue.gouv.fr:/", "https://catalogue.gouv.fr/x/../y", "https://catalogue.gouv.fr/%7Euser/",
        "https://catalogue.gouv.fr/?redirect=https://evil.com/"})
    void anyPageOfTheHostIsTheCatalogueWhenTheBaseIsTheRoot(String address) {
        assertTrue(ROOT.contains(URI.create(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://catalogue.gouv.fr.evil.com/", "https://evilcatalogue.gouv.fr/", "https://www.catalogue.gouv.fr/",
        "https://gouv.fr/", "https://catalogue.gouv.fr.evil.com./", "https://catalogue-gouv.fr/",
        "https://xn--catalogue-9ya.gouv.fr/", "https://xn--cataogue-z2a.gouv.fr/", "https://catalоgue.gouv.fr/",
        "https://catalogue.gouv.fr@evil.com/", "https://evil.com/catalogue.gouv.fr/",
        "https://user@catalogue.gouv.fr/", "https://catalogue.gouv.fr:secret@evil.com/",
        "https://evil.com/?next=https://catalogue.gouv.fr/", "https://evil.com/#https://catalogue.gouv.fr/",
        "https://evil.com/redirect?url=https%3A%2F%2Fcatalogue.gouv.fr%2F",
        "https://catalogue.gouv.fr:8443/", "http://catalogue.gouv.fr:443/", "https://catalogue.gouv.fr:80/",
        "ftp://catalogue.gouv.fr/", "javascript:location='https://catalogue.gouv.fr/'",
        "mailto:contact@catalogue.gouv.fr", "file://catalogue.gouv.fr/", "/offres/42", "//catalogue.gouv.fr/",
        "https://catalogue%2Egouv%2Efr/", "https:catalogue.gouv.fr", "https:///catalogue.gouv.fr/"})
    void lookAlikesOtherPortsOtherSchemesAndMentionsAreNot(String address) {
        assertFalse(ROOT.contains(URI.create(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://portail.gouv.fr/catalogue/", "https://portail.gouv.fr/catalogue",
        "https://portail.gouv.fr/catalogue/offres/42", "http://portail.gouv.fr/catalogue/x",
        "https://portail.gouv.fr/x/../catalogue/", "https://portail.gouv.fr/../catalogue/",
        "https://portail.gouv.fr/./catalogue/./offres", "https://portail.gouv.fr/%63atalogue/",
        "https://portail.gouv.fr/catalogue/%2e%2e%2Fx", "https://portail.gouv.fr/catalogue/x/..",
        "https://portail.gouv.fr/catalogue/?q=1"})
    void aPageUnderTheBasePathIsTheCatalogue(String address) {
        assertTrue(UNDER_PATH.contains(URI.create(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://portail.gouv.fr/", "https://portail.gouv.fr", "https://portail.gouv.fr/catalogue-fake",
        "https://portail.gouv.fr/catalogues/", "https://portail.gouv.fr/Catalogue/", "https://portail.gouv.fr/catalogue/../admin",
        "https://portail.gouv.fr/catalogue/%2e%2e/admin", "https://portail.gouv.fr/catalogue/%2E%2E/", "https://portail.gouv.fr/catalogue/x/../../",
        "https://portail.gouv.fr/other/?u=/catalogue/", "https://portail.gouv.fr/catalogue%2Fx",
        "https://portail.gouv.fr//catalogue/", "https://portail.gouv.fr/x/catalogue/"})
    void aPageOutsideTheBasePathIsNot(String address) {
        assertFalse(UNDER_PATH.contains(URI.create(address)), address);
    }

    @Test
    void aBaseWithoutItsTrailingSlashMeansTheSame() {
        CatalogueAddress noSlash = CatalogueAddress.of("https://portail.gouv.fr/catalogue");
        assertTrue(noSlash.contains(URI.create("https://portail.gouv.fr/catalogue")));
        assertTrue(noSlash.contains(URI.create("https://portail.gouv.fr/catalogue/x")));
        assertFalse(noSlash.contains(URI.create("https://portail.gouv.fr/catalogue-fake")));
        assertTrue(CatalogueAddress.of("https://portail.gouv.fr/a/../catalogue/").contains(
                URI.create("https://portail.gouv.fr/catalogue/x")), "the configured base is normalised too");
    }

    @Test
    void aNonDefaultPortMustBeNamedWithEitherScheme() {
        assertTrue(LOCAL.contains(URI.create("http://localhost:8080/offres")));
        assertTrue(LOCAL.contains(URI.create("https://LOCALHOST:8080/")));
        assertFalse(LOCAL.contains(URI.create("http://localhost/")));
        assertFalse(LOCAL.contains(URI.create("http://localhost:80/")));
        assertFalse(LOCAL.contains(URI.create("https://localhost/")));
        assertFalse(LOCAL.contains(URI.create("http://localhost:8081/")));
        assertFalse(LOCAL.contains(URI.create("http://127.0.0.1:8080/")), "another spelling of the host is not the host");
    }

    @Test
    void aDefaultPortWrittenInTheConfigurationIsStillTheDefault() {
        CatalogueAddress written = CatalogueAddress.of("https://catalogue.gouv.fr:443/");
        assertTrue(written.contains(URI.create("http://catalogue.gouv.fr/")));
        assertTrue(written.contains(URI.create("https://catalogue.gouv.fr/")));
        assertFalse(written.contains(URI.create("https://catalogue.gouv.fr:8443/")));
    }

    @Test
    void literalAddressesAreComparedAsAddresses() {
        CatalogueAddress byAddress = CatalogueAddress.of("http://127.0.0.1:8080/");
        assertTrue(byAddress.contains(URI.create("http://2130706433:8080/")));
        assertTrue(byAddress.contains(URI.create("http://0x7f.1:8080/x")));
        assertFalse(byAddress.contains(URI.create("http://localhost:8080/")));
        assertFalse(byAddress.contains(URI.create("http://127.0.0.2:8080/")));
        CatalogueAddress v6 = CatalogueAddress.of("http://[::1]:8080/");
        assertTrue(v6.contains(URI.create("http://[0:0:0:0:0:0:0:1]:8080/")));
        assertFalse(v6.contains(URI.create("http://[::2]:8080/")));
    }

    @Test
    void internationalisedNamesAreComparedInTheirAsciiForm() {
        CatalogueAddress unicode = CatalogueAddress.of("https://catalogue-été.fr/");
        assertTrue(unicode.contains(URI.create("https://xn--catalogue-t-kbbb.fr/")));
        assertTrue(unicode.contains(URI.create("https://CATALOGUE-ÉTÉ.fr/")));
        assertFalse(unicode.contains(URI.create("https://catalogue-ete.fr/")));
    }

    @Test
    void nonAsciiPathsAreComparedAsUtf8() {
        CatalogueAddress accented = CatalogueAddress.of("https://portail.gouv.fr/café/");
        assertTrue(accented.contains(URI.create("https://portail.gouv.fr/caf%C3%A9/x")));
        assertTrue(accented.contains(URI.create("https://portail.gouv.fr/caf%c3%a9")));
        assertFalse(accented.contains(URI.create("https://portail.gouv.fr/cafe/")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "catalogue.gouv.fr", "/catalogue/", "ftp://catalogue.gouv.fr/", "mailto:a@b.fr",
        "https://user@catalogue.gouv.fr/", "https:///x", "https://catalogue.gouv.fr:99999/", "http://[::1/"})
    void theConfiguredAddressMustBeAnAbsoluteHttpAddress(String publicUrl) {
        var refusal = assertThrows(IllegalArgumentException.class, () -> CatalogueAddress.of(publicUrl));
        assertTrue(refusal.getMessage().contains(publicUrl), refusal.getMessage());
    }

    @Test
    void itKeepsTheConfiguredAddress() {
        assertEquals(URI.create("https://catalogue.gouv.fr/"), ROOT.publicUrl());
        assertEquals("https://catalogue.gouv.fr/", ROOT.toString());
    }

    @Provide
    Arbitrary<String> segments() {
        return Arbitraries.strings().withChars("abcxyz-_~.0189").ofMinLength(1).ofMaxLength(8)
                .filter(s -> !s.equals(".") && !s.equals(".."))
                .list().ofMinSize(0).ofMaxSize(4).map(list -> String.join("/", list));
    }

    @Property
    void everyPathBelowTheBaseIsInAndTheBaseExtendedWithoutASlashIsOut(@ForAll("segments") String rest,
            @ForAll("segments") String suffix) {
        assertTrue(UNDER_PATH.contains(URI.create("https://portail.gouv.fr/catalogue/" + rest)), rest);
        assertTrue(ROOT.contains(URI.create("https://catalogue.gouv.fr/" + rest)), rest);
        if (!suffix.isEmpty()) {
            assertFalse(UNDER_PATH.contains(URI.create("https://portail.gouv.fr/catalogue" + suffix)), suffix);
            assertFalse(ROOT.contains(URI.create("https://catalogue.gouv.fr" + "." + suffix.replace("/", "") + "/")));
        }
    }
}
