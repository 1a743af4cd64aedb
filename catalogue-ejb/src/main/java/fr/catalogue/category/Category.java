package fr.catalogue.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A leaf category of offers (R1 to R4). Reference data: created by a migration, read-only here.
 * The {@code code} is stable and used by the API and the specifications.
 */
@Entity
@Table(name = "category")
@NamedQuery(name = Category.FIND_ALL, query = "SELECT c FROM Category c ORDER BY c.position")
public class Category {

    public static final String FIND_ALL = "Category.findAll";

    @Id
    @Column(length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Family family;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false)
    private int position;

    protected Category() {
        // for JPA
    }

    public String getCode() {
        return code;
    }

    public Family getFamily() {
        return family;
    }

    /** The French name shown to users. */
    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }
}
