package fr.catalogue.linkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageLinksTest {

    private static final URI PAGE = URI.create("https://partenaire.example/offres/box.html");

    private static PageLinks read(String html) {
        return PageLinks.of(Jsoup.parse(html, PAGE.toString()), PAGE);
    }

    private static List<String> links(String html) {
        return read(html).links().stream().map(URI::toString).toList();
    }

    @Test
    void relativeAbsoluteAndProtocolRelativeLinksAreResolvedAgainstThePage() {
        assertEquals(List.of("https://partenaire.example/offres/a.html", "https://partenaire.example/b",
                "https://catalogue.example/x", "http://autre.example/", "https://partenaire.example/offres/box.html?p=2",
                "https://partenaire.example/offres/box.html"),
                links("<a href='a.html'>1</a><a href='/b'>2</a><a href='//catalogue.example/x'>3</a>"
                        + "<a href='http://autre.example/'>4</a><a href='?p=2'>5</a><a href='#haut'>6</a>"));
    }

    @Test
    void baseHrefChangesWhatRelativeLinksMean() {
        PageLinks page = read("<html><head><base href='/autre/dossier/'></head><body><a href='c.html'>c</a></body></html>");

        assertEquals(URI.create("https://partenaire.example/autre/dossier/"), page.base());
        assertEquals(List.of(URI.create("https://partenaire.example/autre/dossier/c.html")), page.links());
    }

    @Test
    void areasCountCommentsAndOtherSchemesDoNot() {
        assertEquals(List.of("https://partenaire.example/carte"),
                links("<!-- <a href='/cachee'>x</a> --><map><area href='/carte'></map><a href='mailto:a@b.fr'>m</a>"
                        + "<a href='tel:+33100000000'>t</a><a href='data:text/html,x'>d</a>"
                        + "<a href='javascript:void(0)'>j</a><a href='ftp://partenaire.example/f'>f</a><a>sans</a>"
                        + "<link href='/style.css'>"));
    }

    @Test
    void oddButCommonAddressesAreEncodedAsBrowsersDo() {
        assertEquals(List.of("https://partenaire.example/offres/mon%20offre%C3%A9.html"),
                links("<a href=' mon offre\u00e9.html\n'>x</a>"));
    }

    @Test
    void dotSegmentsAboveTheRootAndInternationalHostsAreReadAsBrowsersDo() {
        assertEquals(List.of("https://partenaire.example/x", "https://xn--caf-dma.example/menu"),
                links("<a href='../../../x'>x</a><a href='//caf\u00e9.example/menu'>c</a>"));
    }

    @Test
    void aMetaRefreshIsReadButIsNotALink() {
        PageLinks page = read("<html><head><meta http-equiv='REFRESH' content='5; URL=/ailleurs'></head></html>");

        assertEquals(Optional.of(URI.create("https://partenaire.example/ailleurs")), page.refresh());
        assertTrue(page.links().isEmpty());
    }

    @Test
    void scriptNavigationIsFlagged() {
        assertTrue(read("<button onclick=\"location.href='https://catalogue.example/'\">c</button>").scriptNavigation());
        assertTrue(read("<a href=\"javascript:window.open('https://catalogue.example/')\">c</a>").scriptNavigation());
        assertTrue(read("<script>window.location = \"/retour\";</script>").scriptNavigation());
        assertTrue(read("<div onClick=\"document.location.replace('//catalogue.example/')\">c</div>").scriptNavigation());
    }

    @Test
    void scriptsThatDoNotNavigateAreNotFlagged() {
        assertFalse(read("<a href='javascript:void(0)' onclick='toggleMenu()'>menu</a>").scriptNavigation());
        assertFalse(read("<script>if (location.href === 'x') { console.log(1); }</script>").scriptNavigation());
        assertFalse(read("<script src='/app.js'></script>").scriptNavigation());
        assertFalse(read("<p>location = '/ici' écrit dans le texte</p>").scriptNavigation());
    }
}
