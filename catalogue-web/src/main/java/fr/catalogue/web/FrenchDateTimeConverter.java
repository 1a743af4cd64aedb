package fr.catalogue.web;

import fr.catalogue.common.FrenchDates;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Shows an {@link Instant} as a French reader expects it, in French time: "1er octobre 2026 à 09:05". */
@FacesConverter("frenchDateTime")
public class FrenchDateTimeConverter implements Converter<Instant> {

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The French form of an instant, or an empty text for none. */
    public static String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(FRANCE);
        return FrenchDates.format(local.toLocalDate()) + " à " + local.format(TIME);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("frenchDateTime only displays instants");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return format(value);
    }
}
