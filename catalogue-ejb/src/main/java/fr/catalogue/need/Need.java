package fr.catalogue.need;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A need stated by a business (R28), found again by the hash of its link's code; its answers may change. */
@Entity
@Table(name = "need")
@NamedQuery(name = Need.FIND_BY_CODE, query = "SELECT n FROM Need n WHERE n.codeHash = :hash")
@NamedQuery(name = Need.COUNT_BY_ADDRESS_SINCE,
        query = "SELECT COUNT(n) FROM Need n WHERE n.addressHash = :hash AND n.createdAt >= :since")
public class Need {

    public static final String FIND_BY_CODE = "Need.findByCode";
    public static final String COUNT_BY_ADDRESS_SINCE = "Need.countByAddressSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code_hash", nullable = false, length = 64, updatable = false)
    private String codeHash;

    @Column(nullable = false)
    private int workstations;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InternetAccess internet;

    @Column(nullable = false)
    private boolean website;

    @Column(nullable = false)
    private boolean telephony;

    @Column(name = "budget_excl_vat", precision = 12, scale = 2)
    private BigDecimal budget;

    @Column(nullable = false, length = NeedAnswers.PLACE_LENGTH)
    private String place;

    @Column(name = "department_code", nullable = false, length = 3)
    private String departmentCode;

    @Column(name = "address_hash", length = 64, updatable = false)
    private String addressHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Need() {
    }

    Need(String codeHash, NeedAnswers answers, String departmentCode, String addressHash, Instant now) {
        this.codeHash = codeHash;
        this.addressHash = addressHash;
        this.createdAt = now;
        change(answers, departmentCode, now);
    }

    /** The business changed its answers: the selection follows (R28). */
    void change(NeedAnswers answers, String departmentCode, Instant now) {
        this.workstations = answers.workstations();
        this.internet = answers.internet();
        this.website = answers.website();
        this.telephony = answers.telephony();
        this.budget = answers.budget();
        this.place = answers.place();
        this.departmentCode = departmentCode;
        this.updatedAt = now;
    }

    public NeedAnswers answers() {
        return new NeedAnswers(workstations, internet, website, telephony, budget, place);
    }

    public Long getId() {
        return id;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
