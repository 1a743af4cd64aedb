package fr.catalogue.offer;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.CriterionType;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ServiceCoverage;
import fr.catalogue.specification.SpecificationRules;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an offer must be to be saved at all, even as a draft: texts of sensible length, a price in
 * euros with cents at most, attributes that are criteria of the specification in force (R5, R13),
 * a structured price with described components (R12), Annex 3 services (R9), and links to pages of
 * the partner's own site only (R15). Conformance to the specification is another matter, judged
 * when publishing (R11). Plain Java; each refusal names the field as the API's JSON body does.
 */
public final class OfferRules {

    public static final int MIN_TITLE_LENGTH = 3;
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 10_000;
    /** DECIMAL(12,2): ten digits before the point. */
    public static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");
    public static final int MAX_ATTRIBUTE_LENGTH = 1000;
    public static final int MAX_PRICE_COMPONENTS = 30;
    public static final int MAX_PRICE_UNIT_LENGTH = 60;
    public static final int MAX_PRICE_DESCRIPTION_LENGTH = 1000;
    public static final int MAX_SERVICES = 40;
    public static final int MAX_LINKS = 10;
    public static final int MAX_LINK_LENGTH = 500;

    private OfferRules() {
    }

    /**
     * Checks and tidies an offer's input: texts stripped, blank values and empty rows dropped.
     *
     * @param rules the specification in force for the input's category, or null when it has none
     * @param partnerWebsite the partner's website address, or null when it declared none
     * @return the tidied input
     * @throws InvalidInputException naming the first field that is not acceptable
     */
    public static OfferInput check(OfferInput input, SpecificationRules rules, String partnerWebsite) {
        if (input == null) {
            throw new InvalidInputException(null, "Le contenu de l'offre est manquant.");
        }
        String category = strip(input.categoryCode());
        if (category == null) {
            throw new InvalidInputException("category", "Choisissez la catégorie de l'offre.");
        }
        return new OfferInput(category, title(input.title()), description(input.description()),
                price(input.priceExclVat()), attributes(input.attributes(), rules), pricing(input.pricing()),
                services(input.services()), links(input.links(), partnerWebsite));
    }

    static String title(String raw) {
        String title = strip(raw);
        if (title == null) {
            throw new InvalidInputException("title", "Donnez un titre à l'offre.");
        }
        if (title.length() < MIN_TITLE_LENGTH || title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException("title", "Le titre doit compter de " + MIN_TITLE_LENGTH + " à "
                    + MAX_TITLE_LENGTH + " caractères (il en compte " + title.length() + ").");
        }
        return title;
    }

    static String description(String raw) {
        String description = strip(raw);
        if (description == null) {
            throw new InvalidInputException("description", "Décrivez l'offre en quelques phrases.");
        }
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidInputException("description", "La description ne doit pas dépasser "
                    + MAX_DESCRIPTION_LENGTH + " caractères (elle en compte " + description.length() + ").");
        }
        return description;
    }

    static BigDecimal price(BigDecimal price) {
        if (price == null) {
            throw new InvalidInputException("priceExclVat", "Indiquez le prix hors taxes de l'offre, en euros.");
        }
        return amount("priceExclVat", "Le prix", price);
    }

    private static BigDecimal amount(String field, String what, BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new InvalidInputException(field, what + " ne peut pas être négatif.");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, what + " s'exprime en euros et centimes : deux décimales au plus.");
        }
        if (amount.compareTo(MAX_PRICE) > 0) {
            throw new InvalidInputException(field, what + " dépasse le plus grand montant accepté.");
        }
        return amount.setScale(2);
    }

    /** R5, R13: an attribute answers a criterion of the specification in force, nothing else. */
    static Map<String, String> attributes(Map<String, String> attributes, SpecificationRules rules) {
        Map<String, String> kept = new LinkedHashMap<>();
        attributes.forEach((key, raw) -> {
            String value = strip(raw);
            if (value == null) {
                return;
            }
            String field = "attributes." + key;
            if (rules == null) {
                throw new InvalidInputException(field, "Aucun cahier des charges n'est en vigueur pour cette catégorie :"
                        + " l'offre ne peut pas déclarer de caractéristiques.");
            }
            Optional<Criterion> criterion = rules.criterion(key == null ? "" : key);
            if (criterion.isEmpty() || !isAttribute(criterion.get().type())) {
                throw new InvalidInputException(field, "« " + key + " » n'est pas un critère de la version "
                        + rules.version() + " du cahier des charges de cette catégorie.");
            }
            if (value.length() > MAX_ATTRIBUTE_LENGTH) {
                throw new InvalidInputException(field, criterion.get().label() + " : " + MAX_ATTRIBUTE_LENGTH
                        + " caractères au plus.");
            }
            kept.put(key, value);
        });
        return kept;
    }

    /** Whether a criterion is answered by an attribute (not by the price nor by the services). */
    public static boolean isAttribute(CriterionType type) {
        return type != CriterionType.PRICE_COMPONENT && type != CriterionType.SERVICE_COVERAGE;
    }

    /** R12: each component of the price says what it covers; an amount of 0 means included. */
    static Map<String, PriceComponent> pricing(Map<String, PriceComponent> pricing) {
        Map<String, PriceComponent> kept = new LinkedHashMap<>();
        pricing.forEach((key, component) -> {
            String field = "pricing." + key;
            if (key == null || !Criterion.KEY_PATTERN.matcher(key).matches()) {
                throw new InvalidInputException(field, "« " + key + " » n'est pas une clé de composante de prix valable"
                        + " (minuscules, chiffres et « _ », 60 caractères au plus).");
            }
            if (component == null) {
                return;
            }
            String unit = strip(component.unit());
            String description = strip(component.description());
            if (component.amount() == null && unit == null && description == null) {
                return; // an empty row of the form
            }
            BigDecimal amount = component.amount() == null ? null
                    : amount(field, "Le montant de cette composante du prix", component.amount());
            if (unit != null && unit.length() > MAX_PRICE_UNIT_LENGTH) {
                throw new InvalidInputException(field, "L'unité de prix ne doit pas dépasser " + MAX_PRICE_UNIT_LENGTH
                        + " caractères.");
            }
            if (description != null && description.length() > MAX_PRICE_DESCRIPTION_LENGTH) {
                throw new InvalidInputException(field, "La description de cette composante du prix ne doit pas dépasser "
                        + MAX_PRICE_DESCRIPTION_LENGTH + " caractères.");
            }
            kept.put(key, new PriceComponent(amount, unit, description));
        });
        if (kept.size() > MAX_PRICE_COMPONENTS) {
            throw new InvalidInputException("pricing", "Le prix compte " + MAX_PRICE_COMPONENTS + " composantes au plus.");
        }
        return kept;
    }

    /** R9: Annex 3 services by key, each done in-house or through a partner. */
    static Map<String, ServiceCoverage> services(Map<String, ServiceCoverage> services) {
        Map<String, ServiceCoverage> kept = new LinkedHashMap<>();
        services.forEach((key, coverage) -> {
            if (key == null || !Criterion.KEY_PATTERN.matcher(key).matches()) {
                throw new InvalidInputException("services." + key, "« " + key + " » n'est pas une clé de service"
                        + " valable (minuscules, chiffres et « _ », 60 caractères au plus).");
            }
            if (coverage != null) {
                kept.put(key, coverage);
            }
        });
        if (kept.size() > MAX_SERVICES) {
            throw new InvalidInputException("services", MAX_SERVICES + " services au plus.");
        }
        return kept;
    }

    /**
     * R15: links lead to pages of the partner's own site: absolute http or https addresses on the
     * host of its website or one of its subdomains ("www." ignored); any host when it declared no
     * website. Blank rows are dropped, duplicates refused.
     */
    static List<String> links(List<String> links, String partnerWebsite) {
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String siteHost = partnerWebsite == null ? null : hostOf(partnerWebsite).map(OfferRules::withoutWww).orElse(null);
        for (int i = 0; i < links.size(); i++) {
            String link = strip(links.get(i));
            if (link == null) {
                continue;
            }
            String field = "links[" + i + "]";
            if (link.length() > MAX_LINK_LENGTH) {
                throw new InvalidInputException(field, "Une adresse de page compte " + MAX_LINK_LENGTH
                        + " caractères au plus.");
            }
            Optional<String> host = hostOf(link);
            if (host.isEmpty()) {
                throw new InvalidInputException(field, "« " + link + " » n'est pas une adresse complète de page web"
                        + " (elle doit commencer par https:// ou http://).");
            }
            if (siteHost != null && !isOnSite(host.get(), siteHost)) {
                throw new InvalidInputException(field, "« " + link + " » n'est pas une page de votre site (" + siteHost
                        + ") : une offre ne peut renvoyer qu'à des pages du site du partenaire.");
            }
            if (!seen.add(link)) {
                throw new InvalidInputException(field, "La page « " + link + " » est indiquée deux fois.");
            }
            kept.add(link);
        }
        if (kept.size() > MAX_LINKS) {
            throw new InvalidInputException("links", MAX_LINKS + " liens au plus par offre.");
        }
        return kept;
    }

    /**
     * R15: whether an address is a page of the partner's own site, as {@link #check} requires of an
     * offer's links: an absolute http(s) address on the host of its website or one of its
     * subdomains ("www." ignored). False when the partner declared no website.
     */
    public static boolean isOnPartnerSite(String address, String partnerWebsite) {
        if (address == null || partnerWebsite == null) {
            return false;
        }
        Optional<String> siteHost = hostOf(partnerWebsite).map(OfferRules::withoutWww);
        Optional<String> host = hostOf(address);
        return siteHost.isPresent() && host.isPresent() && isOnSite(host.get(), siteHost.get());
    }

    /** The lower-case host of an absolute http(s) address without user information, if it is one. */
    static Optional<String> hostOf(String address) {
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean isOnSite(String host, String siteHost) {
        String bare = withoutWww(host);
        return bare.equals(siteHost) || bare.endsWith("." + siteHost);
    }

    private static String withoutWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String strip(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
