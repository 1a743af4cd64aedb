package fr.catalogue.web.audit;

import fr.catalogue.audit.AuditRow;
import fr.catalogue.audit.AuditTrail;
import fr.catalogue.web.Messages;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * How an entry of the audit trail names who acted and what they did, in the reader's language:
 * "admin (administrateur pour le partenaire 12)", "Système (traitement automatique)".
 */
public final class ActorDescription {

    private final ResourceBundle bundle;
    private final Locale locale;

    public ActorDescription(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The descriptions in the language of the current view. */
    public static ActorDescription ofView(FacesContext faces) {
        Locale locale = faces.getViewRoot().getLocale();
        return new ActorDescription(ResourceBundle.getBundle(Messages.BUNDLE, locale), locale);
    }

    public String who(AuditRow row) {
        if (AuditTrail.SYSTEM.equals(row.actor())) {
            return text("journal.actor.system");
        }
        if (AuditTrail.PUBLIC.equals(row.actor())) {
            return text("journal.actor.public");
        }
        String role = row.actorRole();
        if (role == null) {
            return row.actor();
        }
        String key = "journal.role." + role + (row.partnerId() == null ? "" : ".forPartner");
        return bundle.containsKey(key) ? row.actor() + " (" + text(key, String.valueOf(row.partnerId())) + ")" : row.actor();
    }

    public String action(String action) {
        String key = "journal.action." + action;
        return bundle.containsKey(key) ? bundle.getString(key) : action;
    }

    private String text(String key, Object... arguments) {
        return arguments.length == 0 ? bundle.getString(key) : new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
