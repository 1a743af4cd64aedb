package fr.catalogue.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R7: an account with a generated password reaches nothing but the password page (and what it needs). */
class CatalogueAuthenticationMechanismTest {

    @ParameterizedTest
    @ValueSource(strings = {"/compte/mot-de-passe.xhtml", "/login.xhtml", "/mot-de-passe-oublie.xhtml",
            "/reinitialiser.xhtml", "/jakarta.faces.resource/css/catalogue.css.xhtml",
            "/jakarta.faces.resource/theme.css.xhtml"})
    void leavesThePasswordPagesAndResourcesOpen(String path) {
        assertTrue(CatalogueAuthenticationMechanism.isOpenBeforeChange(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.xhtml", "/partner/index.xhtml", "/admin/index.xhtml", "/offre.xhtml",
            "/compte/mot-de-passe.xhtml/../../partner/index.xhtml", "/compte/autre.xhtml"})
    void closesEverythingElse(String path) {
        assertFalse(CatalogueAuthenticationMechanism.isOpenBeforeChange(path));
    }
}
