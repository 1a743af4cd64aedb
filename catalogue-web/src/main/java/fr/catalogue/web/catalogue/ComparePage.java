package fr.catalogue.web.catalogue;

import fr.catalogue.category.Category;
import fr.catalogue.category.CategoryService;
import fr.catalogue.label.LabelCaption;
import fr.catalogue.offer.Offer;
import fr.catalogue.offer.OfferCatalogue;
import fr.catalogue.offer.PriceWords;
import fr.catalogue.specification.SpecificationRules;
import fr.catalogue.specification.SpecificationService;
import fr.catalogue.specification.SpecificationVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Up to four published offers of one category side by side, criterion by criterion
 * ({@code /comparer.xhtml?offres=1,2,3}, R13): the price in words, each criterion of the version in
 * force with each offer's value, the partner and its label; rows whose values differ are marked.
 * Refusals (too many, mixed categories, an unknown offer) are French messages, never an error page.
 */
@Named
@RequestScoped
public class ComparePage {

    @Inject
    private OfferCatalogue catalogue;

    @Inject
    private CategoryService categories;

    @Inject
    private SpecificationService specifications;

    @Inject
    private ComparisonBasket basket;

    @Inject
    private FacesContext faces;

    /** An offer compared: its column. */
    public record Column(Offer offer, String href, String removeHref) {
    }

    /** A row of the table: what is compared and each offer's value, in the columns' order. */
    public record Row(String label, String anchor, List<String> values, boolean differs) {
    }

    /** An offer of a refused selection, with the link that removes it. */
    public record Removal(long id, String label, String removeHref) {
    }

    private String offres;
    private Comparison comparison = Comparison.empty();
    private String refusal;
    private final List<Column> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<Removal> removals = new ArrayList<>();
    private Category category;

    /** The view action: reads the selection, loads the offers, checks the rule, builds the table. */
    public void load() {
        Comparison.Parsed parsed = Comparison.parse(offres);
        comparison = parsed.comparison();
        refusal = parsed.refusal();
        Map<Long, Offer> found = new LinkedHashMap<>();
        if (refusal == null || !comparison.isEmpty()) {
            for (long id : comparison.ids()) {
                catalogue.findPublished(id).ifPresent(offer -> found.put(id, offer));
            }
        }
        if (refusal == null) {
            Map<Long, String> categoryOf = found.values().stream()
                    .collect(Collectors.toMap(Offer::getId, o -> o.getCategory().getCode()));
            Map<String, String> names = found.values().stream().map(Offer::getCategory)
                    .collect(Collectors.toMap(Category::getCode, Category::getName, (a, b) -> a));
            refusal = comparison.refusal(categoryOf, names).orElse(null);
        }
        for (long id : comparison.ids()) {
            Offer offer = found.get(id);
            removals.add(new Removal(id, offer == null ? "n° " + id : offer.getTitle(), href(comparison.without(id))));
        }
        if (refusal != null || comparison.isEmpty()) {
            return;
        }
        category = found.values().iterator().next().getCategory();
        SpecificationRules rules = specifications.findInForce(category.getCode())
                .map(SpecificationVersion::toRules).orElse(null);
        List<OfferSheet> sheets = new ArrayList<>();
        for (Offer offer : found.values()) {
            columns.add(new Column(offer, context() + "/offre.xhtml?id=" + offer.getId(),
                    href(comparison.without(offer.getId()))));
            sheets.add(OfferSheet.of(offer.content(), rules));
        }
        rows.add(row(text("compare.row.price"), null, sheets.stream()
                .map(sheet -> sheet.price().stream().map(PriceWords.Line::sentence).collect(Collectors.joining("\n")))
                .toList()));
        if (rules != null) {
            for (int i = 0; i < rules.criteria().size(); i++) {
                int index = i;
                OfferSheet.Line first = sheets.get(0).criteria().get(index);
                rows.add(row(first.label(), first.anchor(), sheets.stream().map(sheet -> {
                    OfferSheet.Line line = sheet.criteria().get(index);
                    return line.value() + (line.met() ? "" : " — " + text("compare.notMet"));
                }).toList()));
            }
        }
        rows.add(row(text("compare.row.partner"), null, found.values().stream()
                .map(offer -> offer.getPartner().getName() + " — " + offer.getPartner().getTown()).toList()));
        rows.add(row(text("compare.row.label"), null, found.values().stream()
                .map(offer -> offer.getPartner().getLabelStatus().label() + " — « "
                        + LabelCaption.of(offer.getPartner().getKind()).text() + " »").toList()));
        basket.remember(category.getCode(), comparison);
    }

    private static Row row(String label, String anchor, List<String> values) {
        return new Row(label, anchor, values, values.size() > 1 && new HashSet<>(values).size() > 1);
    }

    private String href(Comparison selection) {
        return context() + (selection.isEmpty() ? "/comparer.xhtml" : "/comparer.xhtml?offres=" + selection.param());
    }

    private String text(String key) {
        return fr.catalogue.web.Messages.text(faces, key);
    }

    private String context() {
        return faces.getExternalContext().getRequestContextPath();
    }

    public String getOffres() {
        return offres;
    }

    public void setOffres(String offres) {
        this.offres = offres;
    }

    /** Why the selection cannot be compared, in French; null when it can. */
    public String getRefusal() {
        return refusal;
    }

    public List<Column> getColumns() {
        return columns;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The offers asked for, with links removing each (shown with a refusal). */
    public List<Removal> getRemovals() {
        return removals;
    }

    public Category getCategory() {
        return category;
    }

    /** Whether another offer of the category can still be added. */
    public boolean isRoomLeft() {
        return !comparison.isFull();
    }

    /** The search page listing the category's offers, from which to add one. */
    public String getAddHref() {
        return context() + SearchParams.empty().with(SearchParams.CATEGORY, category.getCode()).href("/index.xhtml");
    }
}
