package fr.catalogue.contact;

import fr.catalogue.common.FrenchDates;
import fr.catalogue.common.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Optional;

/**
 * The personal link of an acknowledgement to rate the provider (R24): a random token of 256 bits,
 * kept only as its SHA-256, valid a number of days, used once. Plain Java; the service looks the
 * token up, this decides whether it may still be used.
 */
public final class RatingLink {

    public static final String PAGE = "avis.xhtml?jeton=";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private RatingLink() {
    }

    /** A new token, URL-safe (43 characters). */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a token. */
    public static String hash(String token) {
        return Sha256.hex(token.strip().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Why a token may not be used now, in French, or empty when it may.
     *
     * @param known whether a contact request carries this token
     * @param alreadyRated whether that request was already rated
     * @param expiresAt until when the link is valid (ignored when unknown)
     */
    public static Optional<String> refusal(boolean known, boolean alreadyRated, Instant expiresAt, Instant now) {
        if (!known) {
            return Optional.of("Ce lien d'avis n'est pas valable : vérifiez qu'il est complet, tel que vous l'avez reçu"
                    + " dans le courriel de confirmation de votre demande.");
        }
        if (alreadyRated) {
            return Optional.of("Vous avez déjà donné votre avis avec ce lien : un seul avis est possible par demande"
                    + " de contact.");
        }
        if (!now.isBefore(expiresAt)) {
            return Optional.of("Ce lien d'avis a expiré le " + FrenchDates.format(expiresAt.atZone(FRANCE).toLocalDate())
                    + " : il n'est plus possible de donner un avis avec lui.");
        }
        return Optional.empty();
    }
}
