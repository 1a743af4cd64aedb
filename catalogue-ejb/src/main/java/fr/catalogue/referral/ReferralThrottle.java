package fr.catalogue.referral;

import java.util.Optional;

/**
 * Limits how often one e-mail address and one network address may report (R20 is for genuine
 * failures, not for flooding the reviewers): at most {@code perEmailPerDay} referrals per address
 * in 24 hours and {@code perAddressPerHour} per network address in one hour. Plain Java; the
 * service counts, this decides.
 */
public record ReferralThrottle(int perEmailPerDay, int perAddressPerHour) {

    public ReferralThrottle {
        if (perEmailPerDay < 1 || perAddressPerHour < 1) {
            throw new IllegalArgumentException("limits must be at least 1");
        }
    }

    /** Why one more referral is refused now, or empty when it is accepted. */
    public Optional<String> refusal(long sameEmailLastDay, long sameAddressLastHour) {
        if (sameEmailLastDay >= perEmailPerDay) {
            return Optional.of("Vous avez déjà envoyé " + sameEmailLastDay + " signalements depuis 24 heures :"
                    + " réessayez demain, ou écrivez au ministère.");
        }
        if (sameAddressLastHour >= perAddressPerHour) {
            return Optional.of("Trop de signalements ont été envoyés depuis votre connexion en une heure :"
                    + " réessayez plus tard.");
        }
        return Optional.empty();
    }
}
