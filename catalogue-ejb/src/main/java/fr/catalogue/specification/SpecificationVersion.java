package fr.catalogue.specification;

import fr.catalogue.category.Category;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of the technical specification of a category (R5). A published version never
 * changes: a change is a new version. Every verdict records the version it was judged against.
 */
@Entity
@Table(name = "specification_version")
@NamedQuery(name = SpecificationVersion.IN_FORCE, query = """
        SELECT v FROM SpecificationVersion v
        WHERE v.category.code = :category AND v.status <> fr.catalogue.specification.VersionStatus.DRAFT
          AND v.effectiveDate <= :today
        ORDER BY v.effectiveDate DESC, v.number DESC""")
@NamedQuery(name = SpecificationVersion.HISTORY, query = """
        SELECT v FROM SpecificationVersion v
        WHERE v.category.code = :category AND v.status <> fr.catalogue.specification.VersionStatus.DRAFT
        ORDER BY v.number DESC""")
@NamedQuery(name = SpecificationVersion.DRAFT_OF, query = """
        SELECT v FROM SpecificationVersion v
        WHERE v.category.code = :category AND v.status = fr.catalogue.specification.VersionStatus.DRAFT""")
@NamedQuery(name = SpecificationVersion.LAST_NUMBER, query = """
        SELECT MAX(v.number) FROM SpecificationVersion v WHERE v.category.code = :category""")
@NamedQuery(name = SpecificationVersion.CURRENT, query = """
        SELECT v FROM SpecificationVersion v JOIN FETCH v.category
        WHERE v.status <> fr.catalogue.specification.VersionStatus.SUPERSEDED""")
@NamedQuery(name = SpecificationVersion.BY_NUMBER, query = """
        SELECT v FROM SpecificationVersion v WHERE v.category.code = :category AND v.number = :number""")
@NamedQuery(name = SpecificationVersion.DUE, query = """
        SELECT v.id FROM SpecificationVersion v
        WHERE v.status = fr.catalogue.specification.VersionStatus.PUBLISHED AND v.appliedAt IS NULL
          AND v.effectiveDate <= :today
        ORDER BY v.effectiveDate, v.number""")
@NamedQuery(name = SpecificationVersion.SUPERSEDE_OLDER, query = """
        UPDATE SpecificationVersion v SET v.status = fr.catalogue.specification.VersionStatus.SUPERSEDED
        WHERE v.category = :category AND v.status = fr.catalogue.specification.VersionStatus.PUBLISHED
          AND (v.effectiveDate < :effective OR (v.effectiveDate = :effective AND v.number < :number))""")
public class SpecificationVersion {

    public static final String IN_FORCE = "SpecificationVersion.findInForce";
    public static final String HISTORY = "SpecificationVersion.findHistory";
    public static final String BY_NUMBER = "SpecificationVersion.findByNumber";
    public static final String DUE = "SpecificationVersion.findDue";
    public static final String CURRENT = "SpecificationVersion.findCurrent";
    public static final String DRAFT_OF = "SpecificationVersion.findDraft";
    public static final String LAST_NUMBER = "SpecificationVersion.lastNumber";
    public static final String SUPERSEDE_OLDER = "SpecificationVersion.supersedeOlder";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_code", updatable = false)
    private Category category;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VersionStatus status;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Lob
    @Column(name = "change_note", nullable = false)
    private String changeNote;

    @Column(nullable = false, length = 160, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "modified_at")
    private Instant modifiedAt;

    @Column(name = "modified_by", length = 160)
    private String modifiedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 160)
    private String publishedBy;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SpecificationCriterion> criteria = new ArrayList<>();

    protected SpecificationVersion() {
        // for JPA
    }

    /** The engine's view of this version: its criteria, checked again as value objects. */
    public SpecificationRules toRules() {
        return new SpecificationRules(category.getCode(), number,
                criteria.stream().map(SpecificationCriterion::toCriterion).toList());
    }

    /**
     * A new draft of a category's specification, copying the criteria of {@code basis} (the
     * version in force) when there is one.
     */
    static SpecificationVersion draft(Category category, int number, SpecificationVersion basis, String author,
                                      Instant now) {
        SpecificationVersion draft = new SpecificationVersion();
        draft.category = category;
        draft.number = number;
        draft.status = VersionStatus.DRAFT;
        draft.changeNote = "";
        draft.author = author;
        draft.createdAt = now;
        if (basis != null) {
            basis.toRules().criteria().forEach(draft::putCriterion);
        }
        return draft;
    }

    /**
     * Records who changed the draft and when. Changing these columns also raises the row's
     * version, so a concurrent change to the same draft is detected (optimistic locking).
     */
    void touch(String by, Instant now) {
        requireDraft();
        modifiedBy = by;
        modifiedAt = now;
    }

    /** Adds a criterion to a draft, or changes the one with the same key. */
    void putCriterion(Criterion criterion) {
        requireDraft();
        for (SpecificationCriterion existing : criteria) {
            if (existing.getKey().equals(criterion.key())) {
                existing.replaceWith(criterion);
                return;
            }
        }
        criteria.add(new SpecificationCriterion(this, criteria.size() + 1, criterion));
    }

    /** Removes a criterion from a draft; the others keep their order. */
    void removeCriterion(String key) {
        requireDraft();
        if (!criteria.removeIf(c -> c.getKey().equals(key))) {
            throw new BusinessException("Le critère « " + key + " » n'existe pas dans ce brouillon.");
        }
    }

    /**
     * Publishes a draft (R5): from now on it never changes, and it comes into force on
     * {@code effective}, today or later.
     */
    void publish(LocalDate effective, LocalDate today, String note, String by, Instant now) {
        requireDraft();
        if (effective == null || effective.isBefore(today)) {
            throw new InvalidInputException("effectiveDate", "La date d'entrée en vigueur doit être aujourd'hui ou plus tard.");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("changeNote", "Décrivez ce qui change dans cette version.");
        }
        if (criteria.isEmpty()) {
            throw new BusinessException("Un cahier des charges sans critère ne peut pas être publié.");
        }
        toRules(); // every criterion is checked again as a value object
        status = VersionStatus.PUBLISHED;
        effectiveDate = effective;
        changeNote = note.strip();
        publishedBy = by;
        publishedAt = now;
    }

    private void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new BusinessException("La version " + number + " est publiée : elle ne change plus. "
                    + "Ouvrez un nouveau brouillon.");
        }
    }

    /** Whether this version should be brought into force on {@code day} and has not been yet. */
    boolean isDueOn(LocalDate day) {
        return status == VersionStatus.PUBLISHED && appliedAt == null && !effectiveDate.isAfter(day);
    }

    /** Records that the offers of the category were judged against this version. */
    void markApplied(Instant when) {
        if (appliedAt != null) {
            throw new IllegalStateException("Version " + number + " of " + category.getCode() + " is applied already");
        }
        appliedAt = when;
    }

    public Long getId() {
        return id;
    }

    public Category getCategory() {
        return category;
    }

    public int getNumber() {
        return number;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public String getModifiedBy() {
        return modifiedBy;
    }

    /** The optimistic-lock version: a page editing a draft sends back the one it read. */
    public long getLockVersion() {
        return version;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }
}
