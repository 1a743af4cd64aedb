package fr.catalogue.api.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.catalogue.common.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The feed's {@code since}: a day in Paris time or an instant; anything else a French refusal. */
class OpenDataResourceTest {

    @Test
    void aDayStartsAtMidnightInParis() {
        assertEquals(Instant.parse("2026-01-30T23:00:00Z"), OpenDataResource.parseSince("2026-01-31"));
        assertEquals(Instant.parse("2026-07-30T22:00:00Z"), OpenDataResource.parseSince(" 2026-07-31 "));
    }

    @Test
    void anInstantIsTakenAsItIsAndNothingMeansNoBound() {
        assertEquals(Instant.parse("2026-01-31T10:15:30Z"), OpenDataResource.parseSince("2026-01-31T10:15:30Z"));
        assertNull(OpenDataResource.parseSince(null));
        assertNull(OpenDataResource.parseSince(" "));
    }

    @Test
    void otherValuesAreRefusedInFrench() {
        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> OpenDataResource.parseSince("hier"));
        assertEquals("since", refusal.field());
        assertEquals("La date « hier » n'est pas valide : écrivez-la AAAA-MM-JJ (par exemple 2026-01-31).",
                refusal.getMessage());
    }
}
