package fr.catalogue.linkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void addressesAreComparedWithoutCaseOfHostDefaultPortOrFragment() {
        assertEquals(Urls.normalise(URI.create("HTTP://Partenaire.Example:80/a?b=1#haut")),
                Urls.normalise(URI.create("http://partenaire.example/a?b=1")));
        assertEquals("https://p.example/", Urls.normalise(URI.create("https://p.example")));
        assertNotEquals(Urls.normalise(URI.create("http://p.example/A")), Urls.normalise(URI.create("http://p.example/a")));
        assertNotEquals(Urls.normalise(URI.create("http://0x7f.1/")), Urls.normalise(URI.create("http://a_b.example/")));
    }

    @Test
    void onlyAbsoluteHttpAddressesAreAccepted() {
        assertEquals(Optional.empty(), Urls.httpAddress("/relative"));
        assertEquals(Optional.empty(), Urls.httpAddress("ftp://p.example/"));
        assertEquals(Optional.empty(), Urls.httpAddress("javascript:alert(1)"));
        assertEquals("http://p.example/mon%20offre", Urls.httpAddress(" http://p.example/mon offre ").orElseThrow().toString());
    }

    @Test
    void theSameSiteIgnoresWww() {
        assertTrue(Urls.sameSite(URI.create("https://www.p.example/a"), URI.create("http://p.example/")));
        assertFalse(Urls.sameSite(URI.create("https://boutique.p.example/"), URI.create("http://p.example/")));
    }

    @Test
    void robotsTxtAppliesPerSchemeHostAndPort() {
        assertEquals("https://p.example:443", Urls.origin(URI.create("https://P.example/x")));
        assertEquals("http://p.example:8080", Urls.origin(URI.create("http://p.example:8080/x")));
    }
}
