package fr.catalogue.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The directory's search words as LIKE patterns: a piece of the name, or the beginning of a SIREN. */
class DirectorySearchTest {

    @Test
    void nothingTypedSearchesEverything() {
        DirectorySearch search = new DirectorySearch("   ", null);
        assertNull(search.text());
        assertNull(search.namePattern());
        assertNull(search.sirenPattern());
        assertNull(DirectorySearch.all().namePattern());
    }

    @Test
    void aNameIsSearchedAnywhereAndIsNotASiren() {
        DirectorySearch search = new DirectorySearch("  Réseaux Ouest ", PartnerKind.ADVISER);
        assertEquals("%Réseaux Ouest%", search.namePattern());
        assertNull(search.sirenPattern());
        assertEquals(PartnerKind.ADVISER, search.kind());
    }

    @Test
    void digitsAreAlsoTheBeginningOfASirenTypedWithOrWithoutSpaces() {
        DirectorySearch search = new DirectorySearch("732 829 320", null);
        assertEquals("732829320%", search.sirenPattern());
        assertEquals("%732 829 320%", search.namePattern(), "a name may hold digits too");
    }

    @Test
    void wildcardsTypedByTheUserMatchLiterally() {
        DirectorySearch search = new DirectorySearch("100%_sûr!", null);
        assertEquals("%100!%!_sûr!!%", search.namePattern());
    }
}
