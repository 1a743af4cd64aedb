package fr.catalogue.specification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;

/**
 * One criterion of a specification version, as stored. The rules it carries are the engine's
 * {@link Criterion}: this entity only keeps it, in the order of the version.
 */
@Entity
@Table(name = "specification_criterion")
public class SpecificationCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", updatable = false)
    private SpecificationVersion version;

    @Column(nullable = false)
    private int position;

    @Column(name = "criterion_key", nullable = false, length = 60)
    private String key;

    @Column(nullable = false, length = 200)
    private String label;

    @Lob
    @Column(nullable = false)
    private String explanation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CriterionType type;

    @Column(nullable = false)
    private boolean mandatory;

    @Column(length = 20)
    private String unit;

    @Column(name = "min_value", precision = 18, scale = 4)
    private BigDecimal min;

    @Column(name = "max_value", precision = 18, scale = 4)
    private BigDecimal max;

    @Lob
    @Column(name = "allowed_values")
    private String allowedValues;

    protected SpecificationCriterion() {
        // for JPA
    }

    SpecificationCriterion(SpecificationVersion version, int position, Criterion criterion) {
        this.version = version;
        this.position = position;
        replaceWith(criterion);
    }

    /** Takes the rules of {@code criterion}, which has this row's key (drafts only: see the version). */
    void replaceWith(Criterion criterion) {
        this.key = criterion.key();
        this.label = criterion.label();
        this.explanation = criterion.explanation();
        this.type = criterion.type();
        this.mandatory = criterion.mandatory();
        this.unit = criterion.unit();
        this.min = criterion.min();
        this.max = criterion.max();
        this.allowedValues = criterion.values().isEmpty() ? null : String.join("\n", criterion.values());
    }

    /** The rule this row stores, checked again by the value object's constructor. */
    public Criterion toCriterion() {
        List<String> values = Criterion.valuesOfLines(allowedValues);
        return new Criterion(key, label, explanation, type, mandatory, unit, stripped(min), stripped(max), values);
    }

    private static BigDecimal stripped(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    public int getPosition() {
        return position;
    }

    public String getKey() {
        return key;
    }
}
