package fr.catalogue.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R24: the personal rating link — random, stored hashed, valid a number of days, used once. */
class RatingLinkTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void tokensAreRandomUrlSafeAndStoredAsTheirHash() {
        String token = RatingLink.newToken();
        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertNotEquals(token, RatingLink.newToken());
        assertEquals(64, RatingLink.hash(token).length());
        assertEquals(RatingLink.hash(token), RatingLink.hash(" " + token + "\n"), "a copied link keeps working");
        assertNotEquals(token, RatingLink.hash(token));
    }

    @Test
    void aKnownUnusedUnexpiredTokenMayBeUsed() {
        assertEquals(Optional.empty(), RatingLink.refusal(true, false, NOW.plusSeconds(1), NOW));
    }

    @Test
    void unknownUsedAndExpiredTokensAreRefusedInFrench() {
        assertTrue(RatingLink.refusal(false, false, null, NOW).orElseThrow().startsWith("Ce lien d'avis n'est pas valable"));
        assertTrue(RatingLink.refusal(true, true, NOW.plusSeconds(60), NOW).orElseThrow()
                .contains("déjà donné votre avis"));
        String expired = RatingLink.refusal(true, false, NOW, NOW).orElseThrow();
        assertEquals("Ce lien d'avis a expiré le 23 novembre 2026 : il n'est plus possible de donner un avis avec lui.",
                expired);
    }
}
