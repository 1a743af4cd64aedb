package fr.catalogue.referral;

import fr.catalogue.common.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A referral that passed the form's rules (R20): a partner named, the reporter's name and a
 * valid e-mail address (to be asked for details), a reason, and a description long enough to act on.
 */
public record ReferralInput(long targetPartnerId, Long offerId, String reporterName, String reporterEmail,
        ReferralReason reason, String description) {

    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int DESCRIPTION_MIN = 20;
    public static final int DESCRIPTION_MAX = 5000;
    // one @, no spaces, a dot in the domain: what a mail server will at least accept
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    /**
     * @throws InvalidInputException naming the form field: {@code targetPartner}, {@code reporterName},
     *         {@code reporterEmail}, {@code reason} or {@code description}
     */
    public static ReferralInput from(ReferralForm form) {
        if (form.getTargetPartnerId() == null) {
            throw new InvalidInputException("targetPartner", "Choisissez le partenaire que vous signalez.");
        }
        String name = strip(form.getReporterName());
        if (name.length() < 2) {
            throw new InvalidInputException("reporterName", "Indiquez votre nom.");
        }
        if (name.length() > NAME_MAX) {
            throw new InvalidInputException("reporterName", "Votre nom ne doit pas dépasser " + NAME_MAX + " caractères.");
        }
        String email = strip(form.getReporterEmail()).toLowerCase(Locale.ROOT);
        if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("reporterEmail",
                    "Indiquez une adresse électronique valide : le ministère pourra vous demander des précisions.");
        }
        if (form.getReason() == null) {
            throw new InvalidInputException("reason", "Choisissez le motif du signalement.");
        }
        String description = strip(form.getDescription());
        if (description.length() < DESCRIPTION_MIN) {
            throw new InvalidInputException("description", "Décrivez le manquement en " + DESCRIPTION_MIN
                    + " caractères au moins (ce que vous avez constaté, où et quand).");
        }
        if (description.length() > DESCRIPTION_MAX) {
            throw new InvalidInputException("description", "La description ne doit pas dépasser " + DESCRIPTION_MAX
                    + " caractères.");
        }
        return new ReferralInput(form.getTargetPartnerId(), form.getOfferId(), name, email, form.getReason(), description);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
