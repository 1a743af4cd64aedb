package fr.catalogue.contact;

import java.util.Optional;

/**
 * Limits how often one e-mail address and one network address may send contact requests (the form
 * is public: it must not become a way to flood partners): at most {@code perEmailPerDay} in 24 hours
 * and {@code perAddressPerHour} per network address in one hour. Plain Java; the service counts,
 * this decides.
 */
public record ContactThrottle(int perEmailPerDay, int perAddressPerHour) {

    public ContactThrottle {
        if (perEmailPerDay < 1 || perAddressPerHour < 1) {
            throw new IllegalArgumentException("limits must be at least 1");
        }
    }

    /** Why one more request is refused now, or empty when it is accepted. */
    public Optional<String> refusal(long sameEmailLastDay, long sameAddressLastHour) {
        if (sameEmailLastDay >= perEmailPerDay) {
            return Optional.of("Vous avez déjà envoyé " + sameEmailLastDay + " demandes de contact depuis 24 heures :"
                    + " réessayez demain.");
        }
        if (sameAddressLastHour >= perAddressPerHour) {
            return Optional.of("Trop de demandes de contact ont été envoyées depuis votre connexion en une heure :"
                    + " réessayez plus tard.");
        }
        return Optional.empty();
    }
}
