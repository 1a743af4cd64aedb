package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.common.PageRequest;
import fr.catalogue.linkcheck.CheckTrigger;
import fr.catalogue.linkcheck.LinkChecks;
import fr.catalogue.linkcheck.LinkCheckTimer;
import fr.catalogue.linkcheck.LinkFilter;
import fr.catalogue.linkcheck.LinkRow;
import fr.catalogue.linkcheck.LinkState;
import fr.catalogue.linkcheck.LinkVerdict;
import fr.catalogue.linkcheck.OfferLinks;
import fr.catalogue.linkcheck.RunSummary;
import fr.catalogue.offer.ConcurrentEditException;
import fr.catalogue.offer.NotConformingException;
import fr.catalogue.offer.OfferCatalogue;
import fr.catalogue.offer.OfferEditing;
import fr.catalogue.offer.OfferInput;
import fr.catalogue.offer.OfferStatus;
import fr.catalogue.offer.OfferVersionView;
import fr.catalogue.offer.OwnOffer;
import fr.catalogue.offer.PartnerOfferRow;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.Verdict;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Inside the server, signed in as real accounts through Jakarta Security: a partner's offers as it
 * edits them. Drafts are saved whatever their conformance, publication only when conforming (R11),
 * every published version kept with its dates (R14), ownership enforced by the service (R7), an
 * administrator acting for a partner traced as such, and two people editing the same offer.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class OfferEditingIT {

    // A category no other test class changes the specification of: a version of our own is in force here.
    private static final String CATEGORY = "PC_ULTRAMOBILE";
    private static final String PASSWORD = "Mot-de-passe-de-test-1";

    @Inject
    private OfferEditing editing;

    @Inject
    private OfferCatalogue catalogue;

    @Inject
    private SecurityContext security;

    @Inject
    private LinkChecks linkChecks;

    @Inject
    private LinkCheckTimer linkRuns;

    @Deployment
    static WebArchive deployment() {
        return Deployments.war().addClasses(OfferEditingIT.class, TestDatabase.class, Fixtures.class,
                CurrentExchange.class, LinkFixtureSite.class);
    }

    /** The data every test shares, made once in the server's JVM. */
    private static World world;

    private record World(Fixtures fixtures, long partnerA, String userA, long partnerB, String userB, String admin,
                         int specVersion) {
    }

    private static synchronized World world() {
        if (world == null) {
            Fixtures fixtures = Fixtures.insideServer();
            long a = fixtures.partner(Fixtures.unique("Ultra A"), "EQUIPMENT_MAKER");
            long b = fixtures.partner(Fixtures.unique("Ultra B"), "EQUIPMENT_MAKER");
            String userA = Fixtures.unique("ultra-a");
            String userB = Fixtures.unique("ultra-b");
            String admin = Fixtures.unique("ultra-admin");
            fixtures.account(userA, PASSWORD, "PARTNER", a);
            fixtures.account(userB, PASSWORD, "PARTNER", b);
            fixtures.account(admin, PASSWORD, "ADMIN", null);
            int number = (int) fixtures.number(
                    "SELECT MAX(number) + 1 FROM specification_version WHERE category_code = ?", CATEGORY);
            long version = fixtures.publishedVersion(CATEGORY, number, LocalDate.now(ZoneId.of("Europe/Paris")));
            fixtures.minCriterion(version, 1, "memory_test", "Mémoire vive", "Go", "8");
            world = new World(fixtures, a, userA, b, userB, admin, number);
        }
        return world;
    }

    private void signInAs(String userCode) {
        assertEquals(AuthenticationStatus.SUCCESS, CurrentExchange.signIn(security, userCode, PASSWORD),
                "signed in as " + userCode);
    }

    private static OfferInput input(String title, String memory) {
        return new OfferInput(CATEGORY, title, "Un ultra-portable pour les déplacements.", new BigDecimal("899.00"),
                Map.of("memory_test", memory),
                Map.of("extra_costs", new PriceComponent(BigDecimal.ZERO, null, "Livraison incluse")), Map.of(),
                List.of());
    }

    private static String offerText(String column, long id) {
        return world.fixtures().text("SELECT " + column + " FROM offer WHERE id = ?", id);
    }

    private static long count(String query, Object... values) {
        return world.fixtures().number(query, values);
    }

    @Test
    void aDraftIsSavedEvenWhenItDoesNotConformButIsNeverPublishedUntilItDoes() {
        World w = world();
        signInAs(w.userA());
        OwnOffer draft = editing.create(null, input(Fixtures.unique("Ultra 4 Go"), "4 Go"));
        assertEquals(OfferStatus.DRAFT, draft.status());
        assertEquals(w.partnerA(), draft.partnerId());
        assertEquals("DRAFT", offerText("status", draft.id()));
        assertEquals("4 Go", w.fixtures().text("SELECT attr_value FROM offer_attribute WHERE offer_id = ?", draft.id()));
        assertFalse(editing.check(draft.content()).conforming(), "the live verdict says why");

        // R11: publishing is refused with the failing criteria, and nothing changes
        NotConformingException refused = assertThrows(NotConformingException.class, () -> editing.publish(draft.id()));
        Verdict verdict = refused.verdict();
        assertEquals(w.specVersion(), verdict.version());
        assertEquals(List.of("memory_test"), verdict.failures().stream().map(f -> f.key()).toList());
        assertTrue(refused.getMessage().contains("Mémoire vive : 4 Go, il faut au moins 8 Go"), refused.getMessage());
        assertEquals("DRAFT", offerText("status", draft.id()));
        assertNull(offerText("published_at", draft.id()));
        assertEquals(0, count("SELECT COUNT(*) FROM offer_version WHERE offer_id = ?", draft.id()));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'OFFER' AND subject_id = ?"
                + " AND action = 'PUBLISH'", String.valueOf(draft.id())));
        assertTrue(catalogue.findPublished(draft.id()).isEmpty());

        // corrected, then published: on the catalogue, with its first version and a stored verdict
        OwnOffer corrected = editing.update(draft.id(), input(draft.title(), "16 Go"), draft.version());
        assertEquals(OfferStatus.DRAFT, corrected.status());
        OwnOffer published = editing.publish(draft.id());
        assertEquals(OfferStatus.PUBLISHED, published.status());
        assertTrue(catalogue.findPublished(draft.id()).isPresent());
        assertTrue(catalogue.findPublished(CATEGORY, new fr.catalogue.common.PageRequest(0, 100)).items().stream()
                .anyMatch(summary -> summary.id() == draft.id()));
        List<OfferVersionView> history = editing.history(draft.id());
        assertEquals(1, history.size());
        assertEquals(1, history.get(0).number());
        assertNull(history.get(0).until());
        assertEquals(w.specVersion(), history.get(0).specificationVersion());
        assertEquals("16 Go", history.get(0).content().attributes().get("memory_test"));
        assertEquals("1", w.fixtures().text("SELECT cv.conforming FROM conformance_verdict cv JOIN specification_version v"
                + " ON v.id = cv.spec_version_id WHERE cv.offer_id = ? AND v.number = ? AND v.category_code = ?",
                draft.id(), w.specVersion(), CATEGORY));
        assertEquals(w.userA(), w.fixtures().text("SELECT actor FROM audit_entry WHERE subject_type = 'OFFER'"
                + " AND subject_id = ? AND action = 'PUBLISH'", String.valueOf(draft.id())));
        assertEquals("PARTNER", w.fixtures().text("SELECT actor_role FROM audit_entry WHERE subject_type = 'OFFER'"
                + " AND subject_id = ? AND action = 'CREATE'", String.valueOf(draft.id())));
    }

    @Test
    void changingAPublishedOfferKeepsEveryVersionWithItsDatesThenWithdrawingClosesTheLast() {
        World w = world();
        signInAs(w.userA());
        OwnOffer offer = editing.saveAndPublish(null, null, input(Fixtures.unique("Ultra v1"), "8 Go"), null);
        assertEquals(OfferStatus.PUBLISHED, offer.status());

        OwnOffer second = editing.update(offer.id(), input(offer.title() + " v2", "12 Go"), offer.version());
        assertEquals(OfferStatus.PUBLISHED, second.status());
        List<OfferVersionView> history = editing.history(offer.id());
        assertEquals(List.of(2, 1), history.stream().map(OfferVersionView::number).toList(), "newest first");
        assertNull(history.get(0).until(), "version 2 is on the catalogue");
        assertNotNull(history.get(1).until(), "version 1 closed");
        assertEquals(history.get(0).publishedAt(), history.get(1).until());
        assertEquals(offer.title(), history.get(1).content().title(), "R14: what version 1 said is kept");
        assertEquals("8 Go", history.get(1).content().attributes().get("memory_test"));

        // a published offer that would no longer conform is not saved
        String before = offerText("title", offer.id());
        assertThrows(NotConformingException.class,
                () -> editing.update(offer.id(), input(offer.title() + " v3", "2 Go"), second.version()));
        assertEquals(before, offerText("title", offer.id()));
        assertEquals(2, count("SELECT COUNT(*) FROM offer_version WHERE offer_id = ?", offer.id()));

        // saving the same content again makes no new version
        editing.update(offer.id(), second.content(), second.version());
        assertEquals(2, count("SELECT COUNT(*) FROM offer_version WHERE offer_id = ?", offer.id()));

        OwnOffer withdrawn = editing.withdraw(offer.id());
        assertEquals(OfferStatus.WITHDRAWN, withdrawn.status());
        assertTrue(catalogue.findPublished(offer.id()).isEmpty());
        assertEquals(0, count("SELECT COUNT(*) FROM offer_version WHERE offer_id = ? AND valid_until IS NULL", offer.id()));
        assertThrows(BusinessException.class, () -> editing.withdraw(offer.id()), "only a published offer");

        // R14: published versions are evidence; the offer can be withdrawn, never deleted
        BusinessException refused = assertThrows(BusinessException.class, () -> editing.delete(offer.id()));
        assertTrue(refused.getMessage().contains("Retirez-la"), refused.getMessage());
        assertEquals(1, count("SELECT COUNT(*) FROM offer WHERE id = ?", offer.id()));

        // a draft never published may be deleted
        OwnOffer draft = editing.create(null, input(Fixtures.unique("Ultra jetable"), "1 Go"));
        editing.delete(draft.id());
        assertEquals(0, count("SELECT COUNT(*) FROM offer WHERE id = ?", draft.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'OFFER' AND subject_id = ?"
                + " AND action = 'DELETE'", String.valueOf(draft.id())));
    }

    @Test
    void aPartnerCanNeitherSeeNorChangeAnotherPartnersOffer() {
        World w = world();
        signInAs(w.userB());
        OwnOffer ofB = editing.saveAndPublish(null, null, input(Fixtures.unique("Ultra de B"), "8 Go"), null);
        String title = offerText("title", ofB.id());
        String version = offerText("version", ofB.id());
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'OFFER' AND subject_id = ?",
                String.valueOf(ofB.id()));

        signInAs(w.userA());
        long id = ofB.id();
        OfferInput hostile = input("Pris par A", "16 Go");
        List<Executable> attempts = List.of(
                () -> editing.get(id),
                () -> editing.update(id, hostile),
                () -> editing.update(id, hostile, null),
                () -> editing.publish(id),
                () -> editing.withdraw(id),
                () -> editing.delete(id),
                () -> editing.history(id),
                () -> editing.saveAndPublish(id, null, hostile, null),
                () -> editing.list(w.partnerB()),
                () -> editing.create(w.partnerB(), hostile));
        for (Executable attempt : attempts) {
            assertThrows(ResourceNotFoundException.class, attempt);
        }
        assertFalse(editing.list(null).stream().map(PartnerOfferRow::id).anyMatch(rowId -> rowId == id));
        assertEquals(title, offerText("title", id));
        assertEquals("PUBLISHED", offerText("status", id));
        assertEquals(version, offerText("version", id));
        assertEquals(w.partnerB(), Long.parseLong(offerText("partner_id", id)));
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'OFFER' AND subject_id = ?",
                String.valueOf(id)));
        assertEquals(0, count("SELECT COUNT(*) FROM offer WHERE title = 'Pris par A'"));
    }

    @Test
    void anAdministratorActsForAPartnerAndIsTracedAsSuch() {
        World w = world();
        signInAs(w.admin());
        InvalidInputException noPartner = assertThrows(InvalidInputException.class,
                () -> editing.create(null, input("Ultra sans partenaire", "8 Go")));
        assertEquals("partnerId", noPartner.field());
        assertThrows(ResourceNotFoundException.class, () -> editing.list(987_654_321L));

        OwnOffer created = editing.create(w.partnerB(), input(Fixtures.unique("Ultra pour B"), "8 Go"));
        assertEquals(w.partnerB(), created.partnerId());
        editing.publish(created.id());
        assertTrue(editing.list(w.partnerB()).stream().anyMatch(row -> row.id() == created.id()));
        for (String action : List.of("CREATE", "PUBLISH")) {
            String where = " FROM audit_entry WHERE subject_type = 'OFFER' AND subject_id = ? AND action = ?";
            assertEquals(w.admin(), w.fixtures().text("SELECT actor" + where, String.valueOf(created.id()), action));
            assertEquals("ADMIN", w.fixtures().text("SELECT actor_role" + where, String.valueOf(created.id()), action));
            assertEquals(String.valueOf(w.partnerB()),
                    w.fixtures().text("SELECT partner_id" + where, String.valueOf(created.id()), action));
        }

        // the partner finds it among its own
        signInAs(w.userB());
        assertEquals(created.title(), editing.get(created.id()).title());
    }

    @Test
    void twoPeopleEditingTheSameOfferDoNotOverwriteEachOther() {
        World w = world();
        signInAs(w.userA());
        OwnOffer opened = editing.create(null, input(Fixtures.unique("Ultra partagé"), "4 Go"));
        // two people open it at the same version; the first saves
        OwnOffer first = editing.update(opened.id(), input(opened.title() + " (Alice)", "4 Go"), opened.version());
        assertTrue(first.version() > opened.version());
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                () -> editing.update(opened.id(), input(opened.title() + " (Bob)", "4 Go"), opened.version()));
        assertTrue(conflict.getMessage().contains("modifiée par quelqu'un d'autre"), conflict.getMessage());
        assertEquals(opened.title() + " (Alice)", offerText("title", opened.id()));
        // with the version just read, saving works again
        editing.update(opened.id(), input(opened.title() + " (Bob)", "4 Go"), first.version());
        assertEquals(opened.title() + " (Bob)", offerText("title", opened.id()));
    }

    @Test
    void theInputRulesAndThePartnersKindAreEnforced() {
        World w = world();
        signInAs(w.userA());
        InvalidInputException category = assertThrows(InvalidInputException.class, () -> editing.create(null,
                new OfferInput("TELECOM_SERVICE", "Forfait mobile", "d", BigDecimal.ONE, null, null, null, null)));
        assertEquals("category", category.field());
        InvalidInputException attribute = assertThrows(InvalidInputException.class, () -> editing.create(null,
                new OfferInput(CATEGORY, "Ultra couleur", "d", BigDecimal.ONE, Map.of("colour", "noir"), null, null,
                        null)));
        assertEquals("attributes.colour", attribute.field());
        InvalidInputException price = assertThrows(InvalidInputException.class, () -> editing.create(null,
                new OfferInput(CATEGORY, "Ultra cher", "d", new BigDecimal("1.001"), null, null, null, null)));
        assertEquals("priceExclVat", price.field());
        assertEquals(0, count("SELECT COUNT(*) FROM offer WHERE partner_id = ? AND title IN ('Ultra couleur', 'Ultra cher')",
                w.partnerA()));
    }

    /**
     * R15: a run over every published link (the daily run; a review campaign calls the same) reads
     * a page shared by two offers once, and stores its trigger; the evidence is the offer's partner's
     * and the staff's only, refused by the service itself to another partner.
     */
    @Test
    void aRunReadsAPageSharedByTwoOffersOnceAndOnlyItsPartnerAndStaffSeeTheEvidence() {
        World w = world();
        try (LinkFixtureSite site = new LinkFixtureSite()) {
            String shared = site.base() + Fixtures.unique("retour-partage");
            long first = w.fixtures().offer(w.partnerA(), CATEGORY, Fixtures.unique("Ultra lié 1"), "900.00", "PUBLISHED");
            long second = w.fixtures().offer(w.partnerA(), CATEGORY, Fixtures.unique("Ultra lié 2"), "900.00", "PUBLISHED");
            w.fixtures().link(first, shared);
            w.fixtures().link(second, shared);

            Optional<RunSummary> run = linkRuns.runAll(CheckTrigger.CAMPAIGN, null);
            assertTrue(run.isPresent(), "no other run was going on");
            assertTrue(run.get().checked() >= 1);
            assertEquals(1, site.requests().stream().filter(URI.create(shared).getPath()::equals).count(),
                    "a page shared by two offers is read once per run");
            assertEquals("CAMPAIGN|CONFORM", w.fixtures().text(
                    "SELECT CONCAT_WS('|', check_trigger, verdict) FROM link_check WHERE url = ?", shared));

            signInAs(w.userA());
            OfferLinks links = linkChecks.linksOfOffer(first);
            assertEquals(List.of(shared), links.links().stream().map(LinkState::url).toList());
            LinkState state = links.links().get(0);
            assertEquals(LinkVerdict.CONFORM, state.latest().verdict());
            assertEquals(1, state.latest().clicks());
            assertEquals(List.of(shared, LinkFixtureSite.CATALOGUE_PAGE), state.latest().path());
            assertFalse(state.confirmed());
            assertEquals(1, linkChecks.history(shared, new PageRequest(0, 10)).total());

            signInAs(w.userB());
            assertThrows(ResourceNotFoundException.class, () -> linkChecks.linksOfOffer(first));
            assertThrows(ResourceNotFoundException.class, () -> linkChecks.history(shared, new PageRequest(0, 10)));
            assertEquals("url", assertThrows(InvalidInputException.class, () -> linkChecks.checkNow(shared)).field());
            assertThrows(EJBAccessException.class, () -> linkChecks.findLinks(LinkFilter.all(), new PageRequest(0, 10)));
            assertThrows(EJBAccessException.class, () -> linkChecks.checkAllNow());

            signInAs(w.admin());
            List<LinkRow> rows = linkChecks.findLinks(new LinkFilter(LinkVerdict.CONFORM, false, null, shared, false),
                    new PageRequest(0, 10)).items();
            assertEquals(List.of(first, second), rows.stream().map(LinkRow::offerId).sorted().toList(),
                    "one row per offer linking to the page");
            assertTrue(rows.stream().allMatch(row -> row.checkedAt() != null && !row.confirmed()));
            assertEquals(0, linkChecks.findLinks(new LinkFilter(null, true, null, shared, false),
                    new PageRequest(0, 10)).total(), "not a confirmed non-conformity");
            assertEquals(0, linkChecks.findLinks(new LinkFilter(LinkVerdict.NON_CONFORM, false, null, shared, false),
                    new PageRequest(0, 10)).total());
        }
    }

    @ArquillianResource
    private URL base;

    /**
     * In a real browser: the editor is generated from the specification in force (R13), the verdict
     * follows what the partner types (R11), a draft is saved, then published; an administrator sees
     * for whom it acts (R7). The journey is a class of its own, never deployed: Selenium is not in the server.
     */
    @Test
    @RunAsClient
    void theEditorShowsTheVerdictLiveAndPublishesOnceItConforms() {
        new OfferEditorJourney(base, PASSWORD).run();
    }
}
