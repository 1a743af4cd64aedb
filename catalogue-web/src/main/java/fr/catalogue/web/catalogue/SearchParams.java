package fr.catalogue.web.catalogue;

import fr.catalogue.category.Family;
import fr.catalogue.common.PageRequest;
import fr.catalogue.geo.Departments;
import fr.catalogue.partner.PartnerKind;
import fr.catalogue.search.Facets;
import fr.catalogue.search.SearchQuery;
import fr.catalogue.search.SearchSort;
import fr.catalogue.specification.Criterion;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The public search page's address (the contract's GET parameters {@code q}, {@code famille},
 * {@code categorie}, {@code prixMin}, {@code prixMax}, {@code departement}, {@code region},
 * {@code type}, {@code crit.<key>}, {@code tri}, {@code page} from 1) ⇄ a {@link SearchQuery}, so that
 * every result page is a link a business can keep. A bad value never fails the page: it is left
 * out, with a French message saying so. Immutable; plain Java.
 */
public final class SearchParams {

    public static final String TEXT = "q";
    public static final String FAMILY = "famille";
    public static final String CATEGORY = "categorie";
    public static final String PRICE_MIN = "prixMin";
    public static final String PRICE_MAX = "prixMax";
    public static final String DEPARTMENT = "departement";
    public static final String REGION = "region";
    public static final String KIND = "type";
    public static final String CRITERION_PREFIX = "crit.";
    public static final String SORT = "tri";
    public static final String PAGE = "page";

    /** The longest text searched; the rest is cut. */
    public static final int MAX_TEXT = 200;
    /** The furthest page reachable by link (beyond, a search should be narrowed). */
    public static final int MAX_PAGE = 500;
    private static final int MAX_CRITERION_VALUE = 100;
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999");

    private static final List<String> FILTERS = List.of(TEXT, FAMILY, CATEGORY, PRICE_MIN, PRICE_MAX, DEPARTMENT,
            REGION, KIND);

    /** What an address asks once read: the query to run, what was wrong with it, the parameters kept. */
    public record Reading(SearchQuery query, List<String> problems, SearchParams kept) {
    }

    private final Map<String, String> values;

    private SearchParams(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(canonical(values));
    }

    public static SearchParams empty() {
        return new SearchParams(Map.of());
    }

    /**
     * The parameters of a request: known names only, the first non-blank value of each, trimmed.
     */
    public static SearchParams of(Map<String, String[]> raw) {
        Map<String, String> kept = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((name, given) -> {
                if (isKnown(name) && given != null) {
                    for (String value : given) {
                        if (value != null && !value.isBlank()) {
                            kept.put(name, value.strip());
                            break;
                        }
                    }
                }
            });
        }
        return new SearchParams(kept);
    }

    private static boolean isKnown(String name) {
        return name != null && (FILTERS.contains(name) || SORT.equals(name) || PAGE.equals(name)
                || name.startsWith(CRITERION_PREFIX) && name.length() > CRITERION_PREFIX.length());
    }

    /** Filters in the contract's order, then criteria by key, then the order and the page. */
    private static Map<String, String> canonical(Map<String, String> values) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String name : FILTERS) {
            if (values.containsKey(name)) {
                ordered.put(name, values.get(name));
            }
        }
        new TreeMap<>(values).forEach((name, value) -> {
            if (name.startsWith(CRITERION_PREFIX)) {
                ordered.put(name, value);
            }
        });
        for (String name : List.of(SORT, PAGE)) {
            if (values.containsKey(name)) {
                ordered.put(name, values.get(name));
            }
        }
        return ordered;
    }

    public Map<String, String> values() {
        return values;
    }

    /** The value of a parameter, or null. */
    public String get(String name) {
        return values.get(name);
    }

    /** The criterion filters, criterion key to value. */
    public Map<String, String> criteria() {
        Map<String, String> criteria = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (name.startsWith(CRITERION_PREFIX)) {
                criteria.put(name.substring(CRITERION_PREFIX.length()), value);
            }
        });
        return criteria;
    }

    /** These parameters with one more filter (or another value): results start again from page 1. */
    public SearchParams with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.remove(PAGE);
        if (value == null || value.isBlank()) {
            changed.remove(name);
        } else {
            changed.put(name, value.strip());
        }
        return new SearchParams(changed);
    }

    /** These parameters without some filters: results start again from page 1. */
    public SearchParams without(String... names) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.remove(PAGE);
        for (String name : names) {
            changed.remove(name);
        }
        return new SearchParams(changed);
    }

    /** These parameters on another page (counted from 1; page 1 is left out of the address). */
    public SearchParams onPage(int page) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        if (page <= 1) {
            changed.remove(PAGE);
        } else {
            changed.put(PAGE, String.valueOf(page));
        }
        return new SearchParams(changed);
    }

    /** The URL parameter a facet filters on; {@code price} sets two ({@link #withFacet}). */
    public static String paramOfFacet(String facet) {
        if (facet.startsWith(Facets.CRITERION_PREFIX)) {
            return CRITERION_PREFIX + facet.substring(Facets.CRITERION_PREFIX.length());
        }
        return switch (facet) {
            case Facets.FAMILY -> FAMILY;
            case Facets.CATEGORY -> CATEGORY;
            case Facets.DEPARTMENT -> DEPARTMENT;
            case Facets.REGION -> REGION;
            case Facets.KIND -> KIND;
            case Facets.PRICE -> PRICE_MIN;
            default -> null;
        };
    }

    /** These parameters filtered on one facet value; a price value {@code "500-1000"} sets both bounds. */
    public SearchParams withFacet(String facet, String value) {
        if (Facets.PRICE.equals(facet)) {
            String[] bounds = priceBounds(value);
            return with(PRICE_MIN, bounds[0]).with(PRICE_MAX, bounds[1]);
        }
        String param = paramOfFacet(facet);
        return param == null ? this : with(param, value);
    }

    /** Whether the results are already filtered on that facet value. */
    public boolean isActive(String facet, String value) {
        if (value == null) {
            return false;
        }
        if (Facets.PRICE.equals(facet)) {
            String[] bounds = priceBounds(value);
            return same(bounds[0], get(PRICE_MIN)) && same(bounds[1], get(PRICE_MAX));
        }
        String param = paramOfFacet(facet);
        return param != null && value.equalsIgnoreCase(get(param));
    }

    /**
     * Whether the page lists this département among the filters: those of the region chosen, and the
     * département chosen. Without either, the page offers the 13 regions first rather than 101 links
     * (the API still counts every département).
     */
    public boolean showsDepartment(String code) {
        if (code == null) {
            return false;
        }
        if (code.equalsIgnoreCase(get(DEPARTMENT))) {
            return true;
        }
        String region = get(REGION);
        return region != null && Departments.byCode(code).map(d -> region.equals(d.regionCode())).orElse(false);
    }

    private static boolean same(String a, String b) {
        return a == null || a.isEmpty() ? b == null : a.equals(b);
    }

    private static String[] priceBounds(String value) {
        String[] bounds = new String[] {null, null};
        if (value != null) {
            int dash = value.indexOf('-');
            bounds[0] = dash < 0 ? value : value.substring(0, dash).strip();
            bounds[1] = dash < 0 ? null : value.substring(dash + 1).strip();
        }
        return bounds;
    }

    /** The query string, URL-encoded ({@code q=imprimante&tri=prix}); empty without parameters. */
    public String query() {
        StringBuilder query = new StringBuilder();
        values.forEach((name, value) -> {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return query.toString();
    }

    /** A link to {@code path} with these parameters. */
    public String href(String path) {
        String query = query();
        return query.isEmpty() ? path : path + "?" + query;
    }

    /**
     * Reads the parameters into a query: a bad value is left out (and from {@link Reading#kept()}),
     * with a French message for the visitor.
     *
     * @param categories the codes of the existing categories
     * @param pageSize the number of results per page
     */
    public Reading read(Set<String> categories, int pageSize) {
        List<String> problems = new ArrayList<>();
        Map<String, String> kept = new LinkedHashMap<>(values);
        SearchQuery.Builder query = SearchQuery.builder();

        String text = get(TEXT);
        if (text != null) {
            if (text.length() > MAX_TEXT) {
                text = text.substring(0, MAX_TEXT);
                kept.put(TEXT, text);
                problems.add("Votre recherche est trop longue : seuls ses " + MAX_TEXT
                        + " premiers caractères sont pris en compte.");
            }
            query.text(text);
        }
        String family = get(FAMILY);
        if (family != null) {
            Family found = enumOf(Family.class, family);
            if (found == null) {
                drop(kept, problems, FAMILY, "La famille « " + family + " » n'existe pas : ce filtre est ignoré.");
            } else {
                kept.put(FAMILY, found.name());
                query.family(found);
            }
        }
        String category = get(CATEGORY);
        if (category != null) {
            String code = category.toUpperCase(Locale.ROOT);
            if (!categories.contains(code)) {
                drop(kept, problems, CATEGORY, "La catégorie « " + category + " » n'existe pas : ce filtre est ignoré.");
            } else {
                kept.put(CATEGORY, code);
                query.category(code);
            }
        }
        BigDecimal min = price(kept, problems, PRICE_MIN, "minimum");
        BigDecimal max = price(kept, problems, PRICE_MAX, "maximum");
        if (min != null && max != null && min.compareTo(max) > 0) {
            kept.remove(PRICE_MIN);
            kept.remove(PRICE_MAX);
            problems.add("Le prix minimum dépasse le prix maximum : le filtre de prix est ignoré.");
        } else {
            query.priceMin(min).priceMax(max);
        }
        String department = get(DEPARTMENT);
        if (department != null) {
            var found = Departments.byCode(department);
            if (found.isEmpty()) {
                drop(kept, problems, DEPARTMENT, "Le département « " + department
                        + " » n'existe pas : indiquez son numéro, par exemple 35 ou 2A. Ce filtre est ignoré.");
            } else {
                kept.put(DEPARTMENT, found.get().code());
                query.department(found.get().code());
            }
        }
        String region = get(REGION);
        if (region != null) {
            if (!Departments.regions().containsKey(region)) {
                drop(kept, problems, REGION, "La région « " + region + " » n'existe pas : ce filtre est ignoré.");
            } else {
                query.region(region);
            }
        }
        String kind = get(KIND);
        if (kind != null) {
            PartnerKind found = enumOf(PartnerKind.class, kind);
            if (found == null) {
                drop(kept, problems, KIND, "Le type de prestataire « " + kind + " » n'existe pas : ce filtre est ignoré.");
            } else {
                kept.put(KIND, found.name());
                query.kind(found);
            }
        }
        criteria().forEach((key, value) -> {
            if (!Criterion.KEY_PATTERN.matcher(key).matches()) {
                drop(kept, problems, CRITERION_PREFIX + key, "Le critère « " + key
                        + " » n'existe pas : ce filtre est ignoré.");
            } else if (value.length() > MAX_CRITERION_VALUE) {
                drop(kept, problems, CRITERION_PREFIX + key, "La valeur demandée pour le critère « " + key
                        + " » est trop longue : ce filtre est ignoré.");
            } else {
                query.criterion(key, value);
            }
        });
        String sort = get(SORT);
        if (sort != null) {
            var found = SearchSort.fromCode(sort);
            if (found.isEmpty()) {
                drop(kept, problems, SORT, "L'ordre « " + sort + " » n'existe pas : les résultats sont dans l'ordre"
                        + " habituel.");
            } else {
                kept.put(SORT, found.get().code());
                query.sort(found.get());
            }
        }
        int page = 1;
        String pageText = get(PAGE);
        if (pageText != null) {
            try {
                page = Integer.parseInt(pageText);
            } catch (NumberFormatException e) {
                page = 0;
            }
            if (page < 1 || page > MAX_PAGE) {
                drop(kept, problems, PAGE, "La page « " + pageText + " » n'existe pas : voici la première page.");
                page = 1;
            }
        }
        query.page(new PageRequest(page - 1, pageSize));
        return new Reading(query.build(), List.copyOf(problems), new SearchParams(kept));
    }

    /** The page the parameters ask for, from 1. */
    public int page() {
        try {
            int page = Integer.parseInt(values.getOrDefault(PAGE, "1"));
            return page < 1 ? 1 : page;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private BigDecimal price(Map<String, String> kept, List<String> problems, String name, String which) {
        String raw = get(name);
        if (raw == null) {
            return null;
        }
        String clean = raw.replace("€", "").replace("\u00a0", "").replace(" ", "").replace(',', '.');
        try {
            BigDecimal price = new BigDecimal(clean);
            if (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0) {
                throw new NumberFormatException(clean);
            }
            kept.put(name, price.stripTrailingZeros().toPlainString());
            return price;
        } catch (NumberFormatException e) {
            drop(kept, problems, name, "« " + raw + " » n'est pas un prix " + which
                    + " valide : indiquez un montant en euros hors taxes, par exemple 500. Ce filtre est ignoré.");
            return null;
        }
    }

    private static void drop(Map<String, String> kept, List<String> problems, String name, String problem) {
        kept.remove(name);
        problems.add(problem);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(name.strip())) {
                return constant;
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchParams params && params.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return query();
    }
}
