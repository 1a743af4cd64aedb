package fr.catalogue.label;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R22: the right ends at the latest on the operation's end date, a setting. */
class OperationEndTest {

    @Test
    void theRightExpiresFromTheDayAfterTheEndDateInFrance() {
        OperationEnd end = new OperationEnd(Optional.of(LocalDate.parse("2008-12-31")));
        assertFalse(end.hasEnded(Instant.parse("2008-12-31T22:59:00Z")), "still 31 December in Paris");
        assertTrue(end.hasEnded(Instant.parse("2008-12-31T23:00:00Z")), "1 January in Paris");
    }

    @Test
    void withoutAnEndDateNothingExpires() {
        assertFalse(new OperationEnd(Optional.empty()).hasEnded(Instant.parse("2099-01-01T00:00:00Z")));
        assertFalse(new OperationEnd(null).hasEnded(Instant.parse("2099-01-01T00:00:00Z")));
    }
}
