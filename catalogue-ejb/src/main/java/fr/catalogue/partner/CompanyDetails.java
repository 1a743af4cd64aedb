package fr.catalogue.partner;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.mail.Outbox;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A company's identity and contact, checked (R6, R8): every value object valid, the SIRET an
 * establishment of the SIREN, the texts within their column lengths.
 *
 * @param fax null when the company gave none (required of competence centres only, R8)
 * @param website null when none; else an http(s) address
 */
public record CompanyDetails(String name, Siren siren, Siret siret, ApeCode apeCode, String address, Postcode postcode,
        String town, String website, String contactName, String contactFunction, PhoneNumber phone, PhoneNumber fax,
        String email) {

    /**
     * Checks a form.
     *
     * @param faxRequired whether a fax number is required (competence centres, R8)
     * @throws InvalidInputException naming the first field that is wrong
     */
    public static CompanyDetails from(CompanyForm form, boolean faxRequired) {
        String name = text("name", form.getName(), 160, "la raison sociale");
        Siren siren = new Siren(required(Siren.FIELD, form.getSiren(), "le numéro SIREN"));
        Siret siret = new Siret(required(Siret.FIELD, form.getSiret(), "le numéro SIRET"));
        if (!siret.belongsTo(siren)) {
            throw new InvalidInputException(Siret.FIELD, "Le numéro SIRET doit commencer par le numéro SIREN (" + siren + ").");
        }
        ApeCode ape = new ApeCode(required(ApeCode.FIELD, form.getApeCode(), "le code APE"));
        String address = text("address", form.getAddress(), 200, "l'adresse");
        Postcode postcode = new Postcode(required(Postcode.FIELD, form.getPostcode(), "le code postal"));
        String town = text("town", form.getTown(), 100, "la commune");
        String website = website(form.getWebsite());
        String contactName = text("contactName", form.getContactName(), 120, "le nom du contact");
        String contactFunction = text("contactFunction", form.getContactFunction(), 120, "la fonction du contact");
        PhoneNumber phone = PhoneNumber.of("phone", required("phone", form.getPhone(), "le téléphone"));
        PhoneNumber fax = blank(form.getFax())
                ? (faxRequired ? failRequired("fax", "le numéro de fax") : null)
                : PhoneNumber.of("fax", form.getFax());
        String email = required("email", form.getEmail(), "l'adresse électronique");
        if (!Outbox.isAddress(email)) {
            throw new InvalidInputException("email", "L'adresse électronique « " + email + " » n'est pas valide.");
        }
        return new CompanyDetails(name, siren, siret, ape, address, postcode, town, website, contactName,
                contactFunction, phone, fax, email.trim().toLowerCase(Locale.ROOT));
    }

    /** The values as a form, to edit them. */
    public static CompanyForm toForm(CompanyDetails details, CompanyForm form) {
        form.setName(details.name());
        form.setSiren(details.siren().value());
        form.setSiret(details.siret().value());
        form.setApeCode(details.apeCode().value());
        form.setAddress(details.address());
        form.setPostcode(details.postcode().value());
        form.setTown(details.town());
        form.setWebsite(details.website());
        form.setContactName(details.contactName());
        form.setContactFunction(details.contactFunction());
        form.setPhone(details.phone().value());
        form.setFax(details.fax() == null ? null : details.fax().value());
        form.setEmail(details.email());
        return form;
    }

    /** Field → value, for the audit trail. */
    public Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("siren", siren.value());
        state.put("siret", siret.value());
        state.put("apeCode", apeCode.value());
        state.put("address", address);
        state.put("postcode", postcode.value());
        state.put("town", town);
        state.put("website", website);
        state.put("contactName", contactName);
        state.put("contactFunction", contactFunction);
        state.put("phone", phone.value());
        state.put("fax", fax == null ? null : fax.value());
        state.put("email", email);
        return state;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String required(String field, String value, String what) {
        if (blank(value)) {
            failRequired(field, what);
        }
        return value.trim();
    }

    static <T> T failRequired(String field, String what) {
        throw new InvalidInputException(field, "Indiquez " + what + ".");
    }

    static String text(String field, String value, int max, String what) {
        String trimmed = required(field, value, what).replaceAll("\\s+", " ");
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "Ce texte est trop long (" + max + " caractères au plus).");
        }
        return trimmed;
    }

    private static String website(String raw) {
        if (blank(raw)) {
            return null;
        }
        String value = raw.trim();
        if (!value.matches("(?i)https?://.*")) {
            value = "https://" + value;
        }
        try {
            URI uri = new URI(value);
            if (uri.getHost() == null || !uri.getHost().contains(".") || value.length() > 255) {
                throw new URISyntaxException(value, "no host");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("website", "L'adresse du site « " + raw.trim() + " » n'est pas valide.");
        }
        return value;
    }
}
