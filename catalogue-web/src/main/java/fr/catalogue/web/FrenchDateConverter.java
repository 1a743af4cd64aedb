package fr.catalogue.web;

import fr.catalogue.common.FrenchDates;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;

/** Shows a {@link LocalDate} the French way ("1er octobre 2026"); for display only. */
@FacesConverter("frenchDate")
public class FrenchDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("frenchDate only displays dates");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : FrenchDates.format(value);
    }
}
