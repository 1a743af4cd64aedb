package fr.catalogue.category;

import fr.catalogue.common.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the category tree (R1 to R4). */
@Stateless
public class CategoryService {

    @PersistenceContext
    private EntityManager em;

    /** Every leaf category, in the order of the terms of use. */
    public List<Category> findAll() {
        return em.createNamedQuery(Category.FIND_ALL, Category.class).getResultList();
    }

    public Optional<Category> findByCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Category.class, code));
    }

    /**
     * Checks a category code given by a user as a filter.
     *
     * @throws InvalidInputException naming {@code field} when no category has that code
     */
    public Category getFilter(String field, String code) {
        return findByCode(code).orElseThrow(
                () -> new InvalidInputException(field, "Catégorie inconnue : « " + code + " »."));
    }
}
