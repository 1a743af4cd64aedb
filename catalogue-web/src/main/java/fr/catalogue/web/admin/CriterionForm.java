package fr.catalogue.web.admin;

import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.CriterionType;
import fr.catalogue.specification.Quantity;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The criterion being added or changed in the editor. {@link #problems()} says in French what is
 * wrong before the value object is built, so the administrator reads why, not an exception.
 */
public class CriterionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String label;
    private String explanation;
    private CriterionType type = CriterionType.MIN;
    private boolean mandatory = true;
    private String unit;
    private BigDecimal min;
    private BigDecimal max;
    private String values;

    public static CriterionForm of(Criterion criterion) {
        CriterionForm form = new CriterionForm();
        form.key = criterion.key();
        form.label = criterion.label();
        form.explanation = criterion.explanation();
        form.type = criterion.type();
        form.mandatory = criterion.mandatory();
        form.unit = criterion.unit();
        form.min = criterion.min();
        form.max = criterion.max();
        form.values = String.join("\n", criterion.values());
        return form;
    }

    /** What is wrong with the form, in French; empty when it can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (key == null || !Criterion.KEY_PATTERN.matcher(key.strip()).matches()) {
            problems.add("La clé doit commencer par une lettre minuscule et ne contenir que des minuscules, "
                    + "des chiffres et « _ » (60 caractères au plus).");
        }
        if (label == null || label.isBlank()) {
            problems.add("Le libellé est obligatoire.");
        } else if (label.strip().length() > Criterion.MAX_LABEL_LENGTH) {
            problems.add("Le libellé dépasse " + Criterion.MAX_LABEL_LENGTH + " caractères.");
        }
        if (type.isNumeric() && unit != null && !unit.isBlank() && !Quantity.isValidUnit(unit.strip())) {
            problems.add("L'unité « " + unit.strip() + " » n'en est pas une (pas de chiffre, "
                    + Criterion.MAX_UNIT_LENGTH + " caractères au plus).");
        }
        if (explanation == null || explanation.isBlank()) {
            problems.add("L'explication est obligatoire : elle dit en mots simples ce que le critère veut dire.");
        }
        boolean needsMin = type == CriterionType.MIN || type == CriterionType.RANGE;
        boolean needsMax = type == CriterionType.MAX || type == CriterionType.RANGE;
        if (needsMin && min == null) {
            problems.add("Indiquez la valeur minimale.");
        }
        if (needsMax && max == null) {
            problems.add("Indiquez la valeur maximale.");
        }
        if (type == CriterionType.RANGE && min != null && max != null && min.compareTo(max) > 0) {
            problems.add("Le minimum dépasse le maximum.");
        }
        if (type.hasValues() && valueList().isEmpty()) {
            problems.add("Indiquez au moins une valeur, une par ligne.");
        }
        return problems;
    }

    /** The value object; call only when {@link #problems()} is empty. */
    public Criterion toCriterion() {
        boolean numeric = type.isNumeric();
        return new Criterion(key.strip(), label.strip(), explanation.strip(), type, mandatory,
                numeric && unit != null && !unit.isBlank() ? unit.strip() : null,
                type == CriterionType.MIN || type == CriterionType.RANGE ? min : null,
                type == CriterionType.MAX || type == CriterionType.RANGE ? max : null,
                type.hasValues() ? valueList() : List.of());
    }

    private List<String> valueList() {
        return Criterion.valuesOfLines(values);
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public CriterionType getType() {
        return type;
    }

    public void setType(CriterionType type) {
        this.type = type;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getMin() {
        return min;
    }

    public void setMin(BigDecimal min) {
        this.min = min;
    }

    public BigDecimal getMax() {
        return max;
    }

    public void setMax(BigDecimal max) {
        this.max = max;
    }

    public String getValues() {
        return values;
    }

    public void setValues(String values) {
        this.values = values;
    }
}
