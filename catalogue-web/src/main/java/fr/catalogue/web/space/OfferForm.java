package fr.catalogue.web.space;

import fr.catalogue.offer.OfferInput;
import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.CriterionType;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.RequirementText;
import fr.catalogue.specification.ServiceCoverage;
import fr.catalogue.specification.SpecificationRules;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The offer editor's form, generated from the criteria of the specification in force for the
 * chosen category (R13): one field per criterion with its unit and explanation, the structured
 * price (R12), the Annex 3 services (R9) and the links (R15). It only carries what is typed; every
 * rule is the service's. Serializable: it lives in a view-scoped bean.
 */
public class OfferForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The components of a price R12 asks for, always offered in the form, in this order. */
    public static final List<String> R12_COMPONENTS = List.of("price_per_service", "base_unit", "warranty_cover",
            "packages_options", "extra_costs", "intervention_duration", "base_vs_optional", "terms_of_sale");
    private static final Set<String> YES = Set.of("oui", "yes", "true", "vrai", "1");

    private String categoryCode;
    private String title;
    private String description;
    private BigDecimal price;
    private Integer specificationVersion;
    private List<CriterionField> criteria = new ArrayList<>();
    private List<PriceRow> pricing = new ArrayList<>();
    private List<ServiceRow> services = new ArrayList<>();
    private List<LinkRow> links = new ArrayList<>();

    /** Fills the form with an offer's content, laid out after {@code rules} (null: no specification in force). */
    public void fill(OfferInput content, SpecificationRules rules, UnaryOperator<String> priceLabels) {
        categoryCode = content.categoryCode();
        title = content.title();
        description = content.description();
        price = content.priceExclVat();
        links = new ArrayList<>(content.links().stream().map(LinkRow::new).toList());
        layOut(rules, content.attributes(), content.pricing(), content.services(), priceLabels);
    }

    /** Lays the fields out again for another category's specification, keeping what answers the same keys. */
    public void changeCategory(SpecificationRules rules, UnaryOperator<String> priceLabels) {
        OfferInput typed = toInput();
        layOut(rules, typed.attributes(), typed.pricing(), typed.services(), priceLabels);
    }

    private void layOut(SpecificationRules rules, Map<String, String> attributes, Map<String, PriceComponent> prices,
                        Map<String, ServiceCoverage> declared, UnaryOperator<String> priceLabels) {
        specificationVersion = rules == null ? null : rules.version();
        criteria = new ArrayList<>();
        pricing = new ArrayList<>();
        services = new ArrayList<>();
        Map<String, PriceComponent> unplaced = new LinkedHashMap<>(prices);
        Map<String, ServiceCoverage> unplacedServices = new LinkedHashMap<>(declared);
        List<Criterion> all = rules == null ? List.of() : rules.criteria();
        for (Criterion criterion : all) {
            switch (criterion.type()) {
                case PRICE_COMPONENT -> pricing.add(PriceRow.of(criterion.key(), criterion.label(),
                        criterion.explanation(), criterion.mandatory(), unplaced.remove(criterion.key())));
                case SERVICE_COVERAGE -> {
                    for (String service : criterion.values()) {
                        if (services.stream().noneMatch(row -> row.key.equals(service))) {
                            services.add(new ServiceRow(service, criterion.mandatory(), unplacedServices.remove(service)));
                        }
                    }
                }
                default -> criteria.add(CriterionField.of(criterion, attributes.get(criterion.key())));
            }
        }
        for (String key : R12_COMPONENTS) {
            if (pricing.stream().noneMatch(row -> row.key.equals(key))) {
                pricing.add(PriceRow.of(key, priceLabels.apply(key), "", false, unplaced.remove(key)));
            }
        }
        unplaced.forEach((key, component) -> pricing.add(PriceRow.of(key, key, "", false, component)));
        unplacedServices.forEach((key, coverage) -> services.add(new ServiceRow(key, false, coverage)));
    }

    /** What the form holds, as the service takes it. */
    public OfferInput toInput() {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (CriterionField field : criteria) {
            String answer = field.answer();
            if (answer != null && !answer.isBlank()) {
                attributes.put(field.key, answer);
            }
        }
        Map<String, PriceComponent> components = new LinkedHashMap<>();
        for (PriceRow row : pricing) {
            if (row.amount != null || !isBlank(row.unit) || !isBlank(row.description)) {
                components.put(row.key, new PriceComponent(row.amount, row.unit, row.description));
            }
        }
        Map<String, ServiceCoverage> covered = new LinkedHashMap<>();
        for (ServiceRow row : services) {
            if (!isBlank(row.coverage)) {
                covered.put(row.key, ServiceCoverage.valueOf(row.coverage));
            }
        }
        return new OfferInput(categoryCode, title, description, price, attributes, components, covered,
                links.stream().map(LinkRow::getUrl).filter(url -> !isBlank(url)).toList());
    }

    public void addLink() {
        links.add(new LinkRow(null));
    }

    public void removeLink(int index) {
        if (index >= 0 && index < links.size()) {
            links.remove(index);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** One criterion answered by an attribute, with what it means in plain words (R13). */
    public static class CriterionField implements Serializable {

        private static final long serialVersionUID = 1L;

        private String key;
        private String label;
        private String explanation;
        private CriterionType type;
        private boolean mandatory;
        private String unit;
        private String requirement;
        private List<String> choices = List.of();
        private String value;
        private boolean checked;
        private List<String> selected = new ArrayList<>();

        static CriterionField of(Criterion criterion, String declared) {
            CriterionField field = new CriterionField();
            field.key = criterion.key();
            field.label = criterion.label();
            field.explanation = criterion.explanation();
            field.type = criterion.type();
            field.mandatory = criterion.mandatory();
            field.unit = criterion.unit();
            field.requirement = RequirementText.of(criterion);
            field.choices = new ArrayList<>(criterion.values());
            switch (criterion.type()) {
                case BOOLEAN -> field.checked = declared != null
                        && YES.contains(declared.strip().toLowerCase(Locale.ROOT));
                case ALL_OF -> {
                    Map<String, String> byKey = new HashMap<>();
                    criterion.values().forEach(v -> byKey.put(v.toLowerCase(Locale.ROOT), v));
                    if (declared != null) {
                        Arrays.stream(declared.split("[;,\\r\\n]+")).map(item -> byKey.get(item.strip().toLowerCase(Locale.ROOT)))
                                .filter(item -> item != null).forEach(field.selected::add);
                    }
                }
                case MIN, MAX, RANGE -> field.value = numberOnly(declared, criterion.unit());
                case ONE_OF -> field.value = criterion.values().stream()
                        .filter(choice -> declared != null && choice.equalsIgnoreCase(declared.strip()))
                        .findFirst().orElse(declared);
                default -> field.value = declared;
            }
            return field;
        }

        /** "16 Go" in a criterion counted in Go shows as 16 in a number field; anything else stays as typed. */
        private static String numberOnly(String declared, String unit) {
            if (declared == null || unit == null) {
                return declared;
            }
            String trimmed = declared.strip();
            if (trimmed.toLowerCase(Locale.ROOT).endsWith(unit.toLowerCase(Locale.ROOT))) {
                String number = trimmed.substring(0, trimmed.length() - unit.length()).strip().replace(',', '.');
                if (number.matches("\\d+(\\.\\d+)?")) {
                    return number;
                }
            }
            return trimmed;
        }

        /** The answer as the engine reads it. */
        String answer() {
            return switch (type) {
                case BOOLEAN -> checked ? "oui" : "non";
                case ALL_OF -> selected.isEmpty() ? null : String.join("; ", selected);
                default -> value;
            };
        }

        public boolean isNumeric() {
            return type.isNumeric();
        }

        public boolean isBool() {
            return type == CriterionType.BOOLEAN;
        }

        public boolean isChoice() {
            return type == CriterionType.ONE_OF;
        }

        public boolean isList() {
            return type == CriterionType.ALL_OF;
        }

        public boolean isText() {
            return type == CriterionType.TEXT;
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public String getExplanation() {
            return explanation;
        }

        public boolean isMandatory() {
            return mandatory;
        }

        public String getUnit() {
            return unit;
        }

        public String getRequirement() {
            return requirement;
        }

        public List<String> getChoices() {
            return choices;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public boolean isChecked() {
            return checked;
        }

        public void setChecked(boolean checked) {
            this.checked = checked;
        }

        public List<String> getSelected() {
            return selected;
        }

        public void setSelected(List<String> selected) {
            this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
        }
    }

    /** One component of the price (R12): amount (0: included), unit, what it covers. */
    public static class PriceRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String key;
        private String label;
        private String explanation;
        private boolean mandatory;
        private BigDecimal amount;
        private String unit;
        private String description;

        static PriceRow of(String key, String label, String explanation, boolean mandatory, PriceComponent declared) {
            PriceRow row = new PriceRow();
            row.key = key;
            row.label = label;
            row.explanation = explanation;
            row.mandatory = mandatory;
            if (declared != null) {
                row.amount = declared.amount();
                row.unit = declared.unit();
                row.description = declared.description();
            }
            return row;
        }

        public boolean isIncluded() {
            return amount != null && amount.signum() == 0;
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public String getExplanation() {
            return explanation;
        }

        public boolean isMandatory() {
            return mandatory;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    /** One service of Annex 3 (R9): done in-house, through a partner, or not offered (blank). */
    public static class ServiceRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String key;
        private final boolean required;
        private String coverage;

        ServiceRow(String key, boolean required, ServiceCoverage declared) {
            this.key = key;
            this.required = required;
            this.coverage = declared == null ? null : declared.name();
        }

        public String getKey() {
            return key;
        }

        public boolean isRequired() {
            return required;
        }

        public String getCoverage() {
            return coverage;
        }

        public void setCoverage(String coverage) {
            this.coverage = coverage;
        }
    }

    /** One link to a page of the partner's own site (R15). */
    public static class LinkRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String url;

        LinkRow(String url) {
            this.url = url;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public Integer getSpecificationVersion() {
        return specificationVersion;
    }

    public List<CriterionField> getCriteria() {
        return criteria;
    }

    public List<PriceRow> getPricing() {
        return pricing;
    }

    public List<ServiceRow> getServices() {
        return services;
    }

    public List<LinkRow> getLinks() {
        return links;
    }
}
