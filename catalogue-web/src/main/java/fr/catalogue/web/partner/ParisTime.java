package fr.catalogue.web.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants and dates as read in France, for the partner pages: {@code #{parisTime.at(instant)}}. */
@Named
@ApplicationScoped
public class ParisTime {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(PARIS));
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(PARIS));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
