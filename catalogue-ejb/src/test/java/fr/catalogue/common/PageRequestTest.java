package fr.catalogue.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void absentParametersTakeTheDefaults() {
        PageRequest request = PageRequest.parse(null, " ");
        assertEquals(0, request.page());
        assertEquals(PageRequest.DEFAULT_SIZE, request.size());
    }

    @Test
    void offsetCountsWholePages() {
        assertEquals(60, PageRequest.parse("3", "20").offset());
    }

    @Test
    void sizeBoundsAreInclusive() {
        assertEquals(1, new PageRequest(0, 1).size());
        assertEquals(PageRequest.MAX_SIZE, new PageRequest(0, PageRequest.MAX_SIZE).size());
    }

    @Test
    void refusesANonNumberNamingTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PageRequest.parse("abc", "20"));
        assertEquals("page", e.field());
        assertEquals("« abc » n'est pas un nombre entier.", e.getMessage());
    }

    @Test
    void refusesANegativePage() {
        assertEquals("page", assertThrows(InvalidInputException.class, () -> new PageRequest(-1, 20)).field());
    }

    @Test
    void refusesASizeOutOfBounds() {
        assertEquals("size", assertThrows(InvalidInputException.class, () -> new PageRequest(0, 0)).field());
        assertEquals("size", assertThrows(InvalidInputException.class,
                () -> new PageRequest(0, PageRequest.MAX_SIZE + 1)).field());
    }
}
