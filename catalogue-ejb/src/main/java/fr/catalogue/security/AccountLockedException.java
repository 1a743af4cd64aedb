package fr.catalogue.security;

import fr.catalogue.common.BusinessException;
import jakarta.ejb.ApplicationException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Sign-in refused because too many attempts failed in a row ({@link LoginThrottle}). Does not roll
 * back: the refused attempt stays recorded in the audit trail.
 */
@ApplicationException(rollback = false)
public class AccountLockedException extends BusinessException {

    private static final long serialVersionUID = 1L;
    /** The Ministry and its partners read times in French time. */
    public static final ZoneId FRENCH_TIME = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final Instant lockedUntil;
    private final long secondsToWait;

    public AccountLockedException(Instant lockedUntil, Instant now) {
        super("Trop de tentatives de connexion infructueuses : la connexion est bloquée jusqu'à "
                + timeOfDay(lockedUntil) + " (heure de Paris). Vous pouvez aussi réinitialiser votre mot de passe "
                + "par courriel (« Mot de passe oublié ») ou contacter le Ministère.");
        this.lockedUntil = lockedUntil;
        this.secondsToWait = LoginThrottle.secondsToWait(lockedUntil, now);
    }

    /** "HH:mm" in French time, rounded up to the next minute so that the time shown is never too early. */
    public static String timeOfDay(Instant instant) {
        Instant rounded = instant.getEpochSecond() % 60 == 0 && instant.getNano() == 0 ? instant
                : Instant.ofEpochSecond((instant.getEpochSecond() / 60 + 1) * 60);
        return HOURS.format(rounded.atZone(FRENCH_TIME));
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** For the HTTP {@code Retry-After} header. */
    public long secondsToWait() {
        return secondsToWait;
    }
}
