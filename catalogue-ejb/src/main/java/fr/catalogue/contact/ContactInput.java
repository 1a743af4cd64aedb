package fr.catalogue.contact;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.partner.PhoneNumber;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A contact request that passed the form's rules (R24): an offer or a partner to reach, the
 * sender's name and a valid e-mail address (for the partner's answer and the acknowledgement),
 * an optional French phone number and company, a message long enough to answer, and the consent
 * to be contacted.
 */
public record ContactInput(Long offerId, Long partnerId, String name, String email, String phone, String company,
        String message) {

    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int COMPANY_MAX = 160;
    public static final int MESSAGE_MIN = 10;
    public static final int MESSAGE_MAX = 5000;
    // one @, no spaces, a dot in the domain: what a mail server will at least accept
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    /**
     * @throws InvalidInputException naming the form field: {@code target}, {@code name}, {@code email},
     *         {@code phone}, {@code company}, {@code message} or {@code consent}
     */
    public static ContactInput from(ContactForm form) {
        if (form.getOfferId() == null && form.getPartnerId() == null) {
            throw new InvalidInputException("target", "Choisissez d'abord une offre ou un fournisseur à contacter.");
        }
        String name = strip(form.getName());
        if (name.length() < 2) {
            throw new InvalidInputException("name", "Indiquez votre nom.");
        }
        if (name.length() > NAME_MAX) {
            throw new InvalidInputException("name", "Votre nom ne doit pas dépasser " + NAME_MAX + " caractères.");
        }
        String email = strip(form.getEmail()).toLowerCase(Locale.ROOT);
        if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("email",
                    "Indiquez une adresse électronique valide : le fournisseur vous répondra à cette adresse.");
        }
        String phone = strip(form.getPhone());
        String normalizedPhone = phone.isEmpty() ? null : PhoneNumber.of("phone", phone).value();
        String company = strip(form.getCompany());
        if (company.length() > COMPANY_MAX) {
            throw new InvalidInputException("company", "Le nom de l'entreprise ne doit pas dépasser " + COMPANY_MAX
                    + " caractères.");
        }
        String message = strip(form.getMessage());
        if (message.length() < MESSAGE_MIN) {
            throw new InvalidInputException("message", "Décrivez votre besoin en " + MESSAGE_MIN
                    + " caractères au moins.");
        }
        if (message.length() > MESSAGE_MAX) {
            throw new InvalidInputException("message", "Votre message ne doit pas dépasser " + MESSAGE_MAX
                    + " caractères.");
        }
        if (!form.isConsent()) {
            throw new InvalidInputException("consent",
                    "Cochez la case pour accepter que ce fournisseur vous recontacte : sans cela, il ne pourrait pas vous répondre.");
        }
        return new ContactInput(form.getOfferId(), form.getPartnerId(), name, email, normalizedPhone,
                company.isEmpty() ? null : company, message);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
