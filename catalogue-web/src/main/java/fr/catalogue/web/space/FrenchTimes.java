package fr.catalogue.web.space;

import fr.catalogue.common.FrenchDates;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Times as read in France: "23 novembre 2026 à 09:15" (the server keeps UTC instants). */
final class FrenchTimes {

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private FrenchTimes() {
    }

    static String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(FRANCE);
        return FrenchDates.format(local.toLocalDate()) + " à " + local.format(HOUR);
    }
}
