package fr.catalogue.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** French (later also English) texts of the resource bundle, for messages built in Java. */
public final class Messages {

    public static final String BUNDLE = "fr.catalogue.web.messages";

    private Messages() {
    }

    public static String text(FacesContext faces, String key, Object... arguments) {
        Locale locale = faces.getViewRoot().getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return arguments.length == 0 ? bundle.getString(key) : new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    public static void error(FacesContext faces, String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, key, arguments), null));
    }
}
