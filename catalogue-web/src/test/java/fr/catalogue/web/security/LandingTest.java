package fr.catalogue.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LandingTest {

    @Test
    void eachRoleHasItsOwnSpace() {
        assertEquals("/partner/index.xhtml", Landing.of(Role.PARTNER));
        assertEquals("/reviewer/index.xhtml", Landing.of(Role.REVIEWER));
        assertEquals("/admin/index.xhtml", Landing.of(Role.ADMIN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/index.xhtml", "/partner/index.xhtml?x=1", "/offre.xhtml?id=3"})
    void acceptsPathsOfThisApplication(String next) {
        assertTrue(Landing.isSafeNext(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/path", "/\\evil.example", "evil.example",
        "/redirect?to=http://evil.example", "/login.xhtml", ""})
    void refusesAnythingThatCouldLeadElsewhere(String next) {
        assertFalse(Landing.isSafeNext(next));
    }

    @Test
    void refusesNoAddress() {
        assertFalse(Landing.isSafeNext(null));
    }
}
