package fr.catalogue.linkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    private static final String TOKEN = "CatalogueLabelBot";

    private static boolean allows(String robots, String path) {
        return RobotsTxt.parse(robots, TOKEN).allows(URI.create("https://partenaire.example" + path));
    }

    @Test
    void theStarGroupAppliesWhenNoneNamesUs() {
        String robots = "User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /prive/\n";

        assertFalse(allows(robots, "/prive/offre"));
        assertTrue(allows(robots, "/public/offre"));
    }

    @Test
    void ourOwnGroupReplacesTheStarGroup() {
        String robots = "User-agent: *\nDisallow: /\n\nUser-agent: cataloguelabelbot/2.0\nDisallow: /membres\n";

        assertTrue(allows(robots, "/offre"));
        assertFalse(allows(robots, "/membres/accueil"));
    }

    @Test
    void consecutiveUserAgentLinesShareTheirRules() {
        String robots = "User-agent: Bingbot\nUser-agent: CatalogueLabelBot\nDisallow: /x\nUser-agent: *\nAllow: /\n";

        assertFalse(allows(robots, "/x/1"));
    }

    @Test
    void theLongestMatchWinsAndAllowWinsATie() {
        String robots = "User-agent: *\nDisallow: /offres\nAllow: /offres/publiques\nDisallow: /egal\nAllow: /egal\n";

        assertFalse(allows(robots, "/offres/privees"));
        assertTrue(allows(robots, "/offres/publiques/1"));
        assertTrue(allows(robots, "/egal"));
    }

    @Test
    void wildcardsAndEndAnchors() {
        String robots = "User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?session=\nDisallow: /fiche$\n";

        assertFalse(allows(robots, "/docs/offre.pdf"));
        assertTrue(allows(robots, "/docs/offre.pdf.html"));
        assertFalse(allows(robots, "/page?session=42"));
        assertFalse(allows(robots, "/fiche"));
        assertTrue(allows(robots, "/fiche/1"));
    }

    @Test
    void anEmptyDisallowAndCommentsForbidNothing() {
        String robots = "# rien d'interdit\nUser-agent: * # tous\nDisallow:\n";

        assertTrue(allows(robots, "/"));
        assertEquals(0, RobotsTxt.parse(robots, TOKEN).ruleCount());
    }

    @Test
    void robotsTxtItselfIsAlwaysAllowedAndAllowAllAllowsAll() {
        assertTrue(allows("User-agent: *\nDisallow: /\n", "/robots.txt"));
        assertFalse(allows("User-agent: *\nDisallow: /\n", "/"));
        assertTrue(RobotsTxt.ALLOW_ALL.allows(URI.create("http://a.example/tout")));
    }

    @Test
    void unencodedPathsInTheFileMatchEncodedAddresses() {
        assertFalse(allows("User-agent: *\nDisallow: /café\n", "/caf%C3%A9/menu"));
    }

    @Test
    void aHostilePatternDoesNotBlowUp() {
        String pattern = "/" + "*a".repeat(40) + "b";
        String path = "/" + "a".repeat(5_000);
        long start = System.nanoTime();

        assertFalse(RobotsTxt.matches(pattern, path));
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
    }
}
