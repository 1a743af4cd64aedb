package fr.catalogue.specification;

import fr.catalogue.category.Category;
import fr.catalogue.category.CategoryService;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.platform.SchemaMigration;
import fr.catalogue.security.Role;
import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Administrators prepare the next version of a specification (R5): a draft copied from the
 * version in force, edited criterion by criterion, compared with the version in force, its impact
 * on the published offers measured, then published with an effective date. Every step records who
 * did it and when (the version's author, publisher and dates).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SpecificationDrafts {

    /** The audit trail's subject for specification versions. */
    public static final String AUDIT_SUBJECT = "SPECIFICATION";

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    @Inject
    private CategoryService categories;

    @Inject
    private SpecificationService specifications;

    @Inject
    private Clock clock;

    @Inject
    private Event<VersionPublished> published;

    /**
     * Every category with the number of its version in force and of its draft, read in two
     * queries whatever the number of categories.
     */
    public List<SpecificationOverview> overview() {
        LocalDate today = today();
        Map<String, Integer> inForce = new HashMap<>();
        Map<String, LocalDate> inForceSince = new HashMap<>();
        Map<String, Integer> draft = new HashMap<>();
        for (SpecificationVersion v : em.createNamedQuery(SpecificationVersion.CURRENT, SpecificationVersion.class)
                .getResultList()) {
            String code = v.getCategory().getCode();
            if (v.getStatus() == VersionStatus.DRAFT) {
                draft.put(code, v.getNumber());
            } else if (!v.getEffectiveDate().isAfter(today)
                    && (inForceSince.get(code) == null || v.getEffectiveDate().isAfter(inForceSince.get(code)))) {
                inForce.put(code, v.getNumber());
                inForceSince.put(code, v.getEffectiveDate());
            }
        }
        return categories.findAll().stream()
                .map(c -> new SpecificationOverview(c.getCode(), c.getName(), inForce.get(c.getCode()), draft.get(c.getCode())))
                .toList();
    }

    /** The category's draft, if an administrator opened one. */
    public Optional<SpecificationVersion> findDraft(String categoryCode) {
        return em.createNamedQuery(SpecificationVersion.DRAFT_OF, SpecificationVersion.class)
                .setParameter("category", categoryCode)
                .getResultStream()
                .findFirst();
    }

    /** The category's draft, opened now from the version in force if there was none. */
    public SpecificationVersion openDraft(String categoryCode) {
        Category category = categories.findByCode(categoryCode)
                .orElseThrow(() -> new ResourceNotFoundException("Catégorie inconnue : « " + categoryCode + " »."));
        return findDraft(category.getCode()).orElseGet(() -> {
            Integer last = em.createNamedQuery(SpecificationVersion.LAST_NUMBER, Integer.class)
                    .setParameter("category", category.getCode())
                    .getSingleResult();
            SpecificationVersion basis = specifications.findInForce(category.getCode()).orElse(null);
            SpecificationVersion draft = SpecificationVersion.draft(category, last == null ? 1 : last + 1, basis,
                    caller(), clock.instant());
            em.persist(draft);
            em.flush(); // the id, for the audit trail
            audit.record(Change.of(AUDIT_SUBJECT, draft.getId(), null, "OPEN_DRAFT", Map.of(),
                    Map.of("category", category.getCode(), "number", String.valueOf(draft.getNumber()))));
            return draft;
        });
    }

    /**
     * Adds a criterion to the draft, or changes the one with the same key.
     *
     * @param seenVersion the draft's lock version the administrator's page was showing
     * @throws BusinessException when another administrator changed the draft meanwhile
     */
    public SpecificationVersion putCriterion(long draftId, long seenVersion, Criterion criterion) {
        SpecificationVersion draft = getDraft(draftId, seenVersion);
        Map<String, String> before = describe(draft, criterion.key());
        draft.putCriterion(criterion);
        audit.record(Change.of(AUDIT_SUBJECT, draftId, null, "PUT_CRITERION", before, describe(draft, criterion.key())));
        return draft;
    }

    /** Removes a criterion from the draft; refused like {@link #putCriterion} after a concurrent change. */
    public SpecificationVersion removeCriterion(long draftId, long seenVersion, String key) {
        SpecificationVersion draft = getDraft(draftId, seenVersion);
        Map<String, String> before = describe(draft, key);
        draft.removeCriterion(key);
        audit.record(Change.of(AUDIT_SUBJECT, draftId, null, "REMOVE_CRITERION", before, Map.of()));
        return draft;
    }

    /** What changes from the version in force to the draft. */
    public List<SpecificationDiff.Change> diff(long draftId) {
        SpecificationVersion draft = getDraft(draftId);
        SpecificationRules inForce = specifications.findInForce(draft.getCategory().getCode())
                .map(SpecificationVersion::toRules).orElse(null);
        return SpecificationDiff.between(inForce, draft.toRules());
    }

    /** The published offers of the category that the draft would no longer accept, and why. */
    public Impact impact(long draftId) {
        SpecificationRules rules = getDraft(draftId).toRules();
        List<CategoryReevaluation.Judged> failing = new ArrayList<>();
        int[] evaluated = new int[1];
        try (Connection connection = dataSource.getConnection()) {
            new CategoryReevaluation().judgeAll(connection, rules, slice -> {
                evaluated[0] += slice.size();
                slice.stream().filter(j -> !j.verdict().conforming()).forEach(failing::add);
            });
            Map<Long, String[]> names = describe(connection,
                    failing.stream().limit(Impact.LISTED).map(CategoryReevaluation.Judged::offerId).toList());
            List<ImpactedOffer> listed = failing.stream().limit(Impact.LISTED)
                    .map(j -> new ImpactedOffer(j.offerId(), names.get(j.offerId())[0], names.get(j.offerId())[1],
                            j.verdict().failures().stream().map(CriterionResult::message).toList()))
                    .toList();
            return new Impact(evaluated[0], failing.size(), listed);
        } catch (SQLException e) {
            throw new EJBException("Could not measure the impact of draft " + draftId, e);
        }
    }

    /**
     * Publishes the draft with its effective date (today or later). A version effective today is
     * brought into force at once; a later one by the daily timer on its day.
     */
    public SpecificationVersion publish(long draftId, long seenVersion, LocalDate effective, String changeNote) {
        SpecificationVersion draft = getDraft(draftId, seenVersion);
        draft.publish(effective, today(), changeNote, caller(), clock.instant());
        audit.record(Change.of(AUDIT_SUBJECT, draftId, null, "PUBLISH", Map.of("status", VersionStatus.DRAFT.name()),
                Map.of("status", draft.getStatus().name(), "category", draft.getCategory().getCode(),
                        "number", String.valueOf(draft.getNumber()), "effective", effective.toString(),
                        "note", changeNote == null ? "" : changeNote)));
        published.fire(new VersionPublished(draft.getId(), draft.getCategory().getCode(), draft.getNumber(), effective));
        return draft;
    }

    /** A criterion of the draft in words (its requirement), for the audit trail; empty when absent. */
    private static Map<String, String> describe(SpecificationVersion draft, String key) {
        return draft.toRules().criteria().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .map(c -> Map.of("criterion." + key, c.label() + " : " + RequirementText.of(c)
                        + (c.mandatory() ? " (obligatoire)" : " (facultatif)")))
                .orElse(Map.of());
    }

    /** The draft, locked for this change and marked as changed by the caller, if nobody changed it since. */
    private SpecificationVersion getDraft(long id, long seenVersion) {
        SpecificationVersion draft = em.find(SpecificationVersion.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (draft == null || draft.getStatus() != VersionStatus.DRAFT) {
            throw new ResourceNotFoundException("Ce brouillon n'existe pas ou a déjà été publié.");
        }
        if (draft.getLockVersion() != seenVersion) {
            throw new BusinessException("Un autre administrateur a modifié ce brouillon entre-temps : "
                    + "rechargez la page pour voir sa version avant de continuer. Rien n'a été enregistré.");
        }
        draft.touch(caller(), clock.instant());
        return draft;
    }

    private SpecificationVersion getDraft(long id) {
        SpecificationVersion version = em.find(SpecificationVersion.class, id);
        if (version == null || version.getStatus() != VersionStatus.DRAFT) {
            throw new ResourceNotFoundException("Ce brouillon n'existe pas ou a déjà été publié.");
        }
        return version;
    }

    private static Map<Long, String[]> describe(Connection connection, List<Long> offerIds) throws SQLException {
        Map<Long, String[]> names = new HashMap<>();
        if (offerIds.isEmpty()) {
            return names;
        }
        String placeholders = offerIds.stream().map(id -> "?").collect(Collectors.joining(","));
        try (PreparedStatement sql = connection.prepareStatement("SELECT o.id, o.title, p.name FROM offer o "
                + "JOIN partner p ON p.id = o.partner_id WHERE o.id IN (" + placeholders + ")")) {
            for (int i = 0; i < offerIds.size(); i++) {
                sql.setLong(i + 1, offerIds.get(i));
            }
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    names.put(rows.getLong(1), new String[] {rows.getString(2), rows.getString(3)});
                }
            }
        }
        return names;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SpecificationService.LABEL_ZONE));
    }
}
