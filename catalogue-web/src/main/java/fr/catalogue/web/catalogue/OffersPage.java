package fr.catalogue.web.catalogue;

import fr.catalogue.category.Category;
import fr.catalogue.category.CategoryService;
import fr.catalogue.category.Family;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.Page;
import fr.catalogue.geo.Departments;
import fr.catalogue.offer.PriceWords;
import fr.catalogue.partner.PartnerKind;
import fr.catalogue.search.FacetValue;
import fr.catalogue.search.Facets;
import fr.catalogue.search.OfferHit;
import fr.catalogue.search.OfferSearch;
import fr.catalogue.search.SearchResult;
import fr.catalogue.search.SearchSort;
import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.SpecificationRules;
import fr.catalogue.specification.SpecificationService;
import fr.catalogue.specification.SpecificationVersion;
import fr.catalogue.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public search page ({@code /} and {@code /index.xhtml}, R13, R18): one search box, facets with
 * their counts, the active filters, an order, the results and their pages — all plain GET links
 * and a GET form on the contract's parameters ({@link SearchParams}), rendered on the server
 * without Ajax, so that any result page is an address a business can keep.
 */
@Named
@RequestScoped
public class OffersPage {

    /** Results per page. */
    public static final int PAGE_SIZE = 20;
    private static final String PATH = "/index.xhtml";

    @Inject
    private OfferSearch search;

    @Inject
    private CategoryService categoryService;

    @Inject
    private SpecificationService specifications;

    @Inject
    private ComparisonBasket basket;

    @Inject
    private FacesContext faces;

    /** A facet and its values, as links, with a hint on how to go further (may be null). */
    public record FacetGroup(String name, String title, List<FacetLink> values, String hint) {
    }

    /** One value of a facet: following the link filters on it (or removes the filter when active). */
    public record FacetLink(String label, long count, String href, boolean active) {
    }

    /** A filter in force and the link that removes it. */
    public record ActiveFilter(String title, String value, String removeHref) {
    }

    /** An order of the results. */
    public record SortLink(String code, String label, String href, boolean current) {
    }

    /** A link to a page of results. */
    public record PageLink(int number, String href, boolean current) {
    }

    /** One offer found, with what the list shows of it. */
    public record Result(OfferHit hit, String href, String categoryHref, String price, String place,
                         String compareHref) {
    }

    private final Map<String, Category> categories = new LinkedHashMap<>();
    private SearchParams params = SearchParams.empty();
    private List<String> problems = List.of();
    private SearchResult result;
    private SpecificationRules rulesOfCategory;
    private List<FacetGroup> facets;
    private List<ActiveFilter> activeFilters;
    private List<Result> results;

    /** The view action: reads the address, runs the search once per request. */
    public void load() {
        categoryService.findAll().forEach(category -> categories.put(category.getCode(), category));
        SearchParams.Reading reading = SearchParams.of(faces.getExternalContext().getRequestParameterValuesMap())
                .read(categories.keySet(), PAGE_SIZE);
        params = reading.kept();
        List<String> found = new ArrayList<>(reading.problems());
        try {
            result = search.search(reading.query());
        } catch (BusinessException refused) {
            found.add(refused.getMessage());
            result = new SearchResult(new Page<>(List.of(), 0, 0, PAGE_SIZE), Map.of());
        }
        problems = List.copyOf(found);
        String category = params.get(SearchParams.CATEGORY);
        if (category != null) {
            rulesOfCategory = specifications.findInForce(category).map(SpecificationVersion::toRules).orElse(null);
        }
    }

    /**
     * The search of this request: run by the view action on a GET, or here when the page is posted
     * back (the header's sign-out form), where JSF reads the page before any action runs.
     */
    private SearchResult result() {
        if (result == null) {
            load();
        }
        return result;
    }

    public SearchParams getParams() {
        return params;
    }

    /** What was wrong with the address, in French; the search ran without it. */
    public List<String> getProblems() {
        return problems;
    }

    public String getText() {
        return params.get(SearchParams.TEXT);
    }

    public String getCategory() {
        return params.get(SearchParams.CATEGORY);
    }

    public List<Category> getCategories() {
        return List.copyOf(categories.values());
    }

    /** The filters other than the text and the category, carried by the form as hidden fields. */
    public List<Map.Entry<String, String>> getHiddenParams() {
        return params.without(SearchParams.TEXT, SearchParams.CATEGORY).values().entrySet().stream().toList();
    }

    public long getTotal() {
        return result().page().total();
    }

    /** The page shown, from 1. */
    public int getPage() {
        return result().page().page() + 1;
    }

    /** The rank of the first result shown (the ordered list's start). */
    public int getFirstRank() {
        return result().page().page() * PAGE_SIZE + 1;
    }

    public int getPageCount() {
        long pages = (result().page().total() + PAGE_SIZE - 1) / PAGE_SIZE;
        return (int) Math.min(pages, SearchParams.MAX_PAGE);
    }

    public boolean isFiltered() {
        return !params.without(SearchParams.SORT).values().isEmpty();
    }

    public List<Result> getResults() {
        if (results == null) {
            results = result().page().items().stream().map(this::row).toList();
        }
        return results;
    }

    private Result row(OfferHit hit) {
        String town = hit.partnerTown() == null ? "" : hit.partnerTown();
        String place = hit.departmentCode() == null ? town
                : town + " (" + Departments.byCode(hit.departmentCode()).map(d -> d.name()).orElse(hit.departmentCode())
                + ")";
        return new Result(hit, context() + "/offre.xhtml?id=" + hit.id(),
                context() + params.with(SearchParams.CATEGORY, hit.categoryCode()).href(PATH),
                hit.priceExclVat() == null ? "" : PriceWords.euros(hit.priceExclVat()) + " HT", place.strip(),
                basket.addHref(hit.id(), hit.categoryCode()));
    }

    /** Every facet the search returned with values, in the contract's order, criteria last. */
    public List<FacetGroup> getFacets() {
        if (facets == null) {
            List<FacetGroup> groups = new ArrayList<>();
            List<String> names = new ArrayList<>(List.of(Facets.FAMILY, Facets.CATEGORY, Facets.PRICE,
                    Facets.REGION, Facets.DEPARTMENT, Facets.KIND));
            result().facets().keySet().stream().filter(name -> !names.contains(name)).sorted().forEach(names::add);
            for (String name : names) {
                List<FacetValue> values = result().facets().get(name);
                if (values != null && Facets.DEPARTMENT.equals(name)) {
                    values = values.stream().filter(value -> params.showsDepartment(value.value())).toList();
                }
                if (values == null || values.isEmpty() || SearchParams.paramOfFacet(name) == null) {
                    continue;
                }
                List<FacetLink> links = values.stream().map(value -> {
                    boolean active = params.isActive(name, value.value());
                    SearchParams target = active ? removeFacet(name) : params.withFacet(name, value.value());
                    return new FacetLink(value.label() == null || value.label().isBlank() ? value.value() : value.label(),
                            value.count(), context() + target.href(PATH), active);
                }).toList();
                String hint = Facets.REGION.equals(name) && params.get(SearchParams.REGION) == null
                        && params.get(SearchParams.DEPARTMENT) == null ? Messages.text(faces, "search.facet.region.hint")
                        : null;
                groups.add(new FacetGroup(name, facetTitle(name), links, hint));
            }
            facets = List.copyOf(groups);
        }
        return facets;
    }

    private SearchParams removeFacet(String name) {
        return Facets.PRICE.equals(name) ? params.without(SearchParams.PRICE_MIN, SearchParams.PRICE_MAX)
                : params.without(SearchParams.paramOfFacet(name));
    }

    private String facetTitle(String name) {
        if (name.startsWith(Facets.CRITERION_PREFIX)) {
            return criterionLabel(name.substring(Facets.CRITERION_PREFIX.length()));
        }
        return Messages.text(faces, "search.facet." + name);
    }

    private String criterionLabel(String key) {
        return Optional.ofNullable(rulesOfCategory).flatMap(rules -> rules.criterion(key)).map(Criterion::label)
                .orElseGet(() -> {
                    String words = key.replace('_', ' ');
                    return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
                });
    }

    /** The filters in force, each with the link that removes it. */
    public List<ActiveFilter> getActiveFilters() {
        if (activeFilters == null) {
            List<ActiveFilter> active = new ArrayList<>();
            String text = params.get(SearchParams.TEXT);
            if (text != null) {
                active.add(filter("search.active.text", "« " + text + " »", params.without(SearchParams.TEXT)));
            }
            String family = params.get(SearchParams.FAMILY);
            if (family != null) {
                active.add(filter("search.facet.family", Messages.text(faces, "family." + Family.valueOf(family).name()),
                        params.without(SearchParams.FAMILY)));
            }
            String category = params.get(SearchParams.CATEGORY);
            if (category != null) {
                active.add(filter("search.facet.category", categories.get(category).getName(),
                        params.without(SearchParams.CATEGORY)));
            }
            String min = params.get(SearchParams.PRICE_MIN);
            String max = params.get(SearchParams.PRICE_MAX);
            if (min != null || max != null) {
                String range = min == null ? Messages.text(faces, "search.price.atMost", max)
                        : max == null ? Messages.text(faces, "search.price.atLeast", min)
                        : Messages.text(faces, "search.price.between", min, max);
                active.add(filter("search.facet.price", range,
                        params.without(SearchParams.PRICE_MIN, SearchParams.PRICE_MAX)));
            }
            String region = params.get(SearchParams.REGION);
            if (region != null) {
                active.add(filter("search.facet.region", Departments.regions().get(region),
                        params.without(SearchParams.REGION)));
            }
            String department = params.get(SearchParams.DEPARTMENT);
            if (department != null) {
                active.add(filter("search.facet.department",
                        Departments.byCode(department).map(d -> d.displayName()).orElse(department),
                        params.without(SearchParams.DEPARTMENT)));
            }
            String kind = params.get(SearchParams.KIND);
            if (kind != null) {
                active.add(filter("search.facet.kind", PartnerKind.valueOf(kind).label(),
                        params.without(SearchParams.KIND)));
            }
            params.criteria().forEach((key, value) -> active.add(new ActiveFilter(criterionLabel(key), value,
                    context() + params.without(SearchParams.CRITERION_PREFIX + key).href(PATH))));
            activeFilters = List.copyOf(active);
        }
        return activeFilters;
    }

    private ActiveFilter filter(String titleKey, String value, SearchParams without) {
        return new ActiveFilter(Messages.text(faces, titleKey), value, context() + without.href(PATH));
    }

    /** The link that removes every filter but the text. */
    public String getClearHref() {
        SearchParams cleared = SearchParams.empty().with(SearchParams.TEXT, params.get(SearchParams.TEXT));
        return context() + cleared.href(PATH);
    }

    /** The orders a business may choose, the current one marked. */
    public List<SortLink> getSorts() {
        SearchSort current = SearchSort.fromCode(params.get(SearchParams.SORT))
                .orElse(params.get(SearchParams.TEXT) == null ? SearchSort.NEWEST : SearchSort.RELEVANCE);
        List<SortLink> sorts = new ArrayList<>();
        for (SearchSort sort : SearchSort.values()) {
            if (sort == SearchSort.RELEVANCE && params.get(SearchParams.TEXT) == null) {
                continue; // without words there is no relevance to sort by
            }
            sorts.add(new SortLink(sort.code(), Messages.text(faces, "search.sort." + sort.code()),
                    context() + params.with(SearchParams.SORT, sort.code()).href(PATH), sort == current));
        }
        return sorts;
    }

    /** Links to the pages around the current one, the first and the last. */
    public List<PageLink> getPages() {
        int count = getPageCount();
        int current = getPage();
        List<PageLink> pages = new ArrayList<>();
        if (count <= 1) {
            return pages;
        }
        for (int number = 1; number <= count; number++) {
            if (number == 1 || number == count || Math.abs(number - current) <= 2) {
                pages.add(new PageLink(number, context() + params.onPage(number).href(PATH), number == current));
            }
        }
        return pages;
    }

    public String getPreviousHref() {
        return getPage() > 1 ? context() + params.onPage(getPage() - 1).href(PATH) : null;
    }

    public String getNextHref() {
        return getPage() < getPageCount() ? context() + params.onPage(getPage() + 1).href(PATH) : null;
    }

    private String context() {
        return faces.getExternalContext().getRequestContextPath();
    }
}
