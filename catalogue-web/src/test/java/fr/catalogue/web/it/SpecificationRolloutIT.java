package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.partner.DirectoryRow;
import fr.catalogue.partner.DirectorySearch;
import fr.catalogue.partner.PartnerDirectory;
import fr.catalogue.partner.PartnerKind;
import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.RolloutReport;
import fr.catalogue.specification.SpecificationDrafts;
import fr.catalogue.specification.SpecificationRollout;
import fr.catalogue.specification.SpecificationRolloutTimer;
import fr.catalogue.specification.SpecificationVersion;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: a published version whose effective date has come is brought into force
 * (R5) — the previous one superseded, every published offer judged again, verdicts stored with the
 * version, the partners of failing offers told, in their space and by e-mail through the outbox
 * when they gave an address — and doing it twice changes nothing (R17 flags). Also, signed in as
 * real accounts: the staff's directory of partners (R7).
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class SpecificationRolloutIT {

    // A category no other test class touches: its specification changes here.
    private static final String CATEGORY = "NETWORK_LAN_PLC";
    private static final String PASSWORD = "Mot-de-passe-de-test-1";

    @Inject
    private SpecificationRollout rollout;

    @Inject
    private SpecificationRolloutTimer timer;

    @Inject
    private PartnerDirectory directory;

    @Inject
    private SpecificationDrafts drafts;

    @Inject
    private SecurityContext security;

    @Deployment
    static WebArchive deployment() {
        return Deployments.war().addClasses(SpecificationRolloutIT.class, TestDatabase.class, Fixtures.class,
                CurrentExchange.class);
    }

    @Test
    void bringsADueVersionIntoForceOnceAndFlagsTheOffersThatNoLongerConform() {
        Fixtures fixtures = Fixtures.insideServer();
        // the seeded versions were applied by the catch-up timer after start; make sure of it
        timer.applyDue();
        long previous = fixtures.number("SELECT id FROM specification_version WHERE category_code = ? AND status = 'PUBLISHED'",
                CATEGORY);

        long partner = fixtures.partner(Fixtures.unique("CPL Bourgogne"), "SERVER_NETWORK_VENDOR");
        long fast = fixtures.offer(partner, CATEGORY, Fixtures.unique("Kit CPL 2000"), "119.00", "PUBLISHED");
        fixtures.attribute(fast, "bandwidth_test", "2000 Mbit/s");
        long slow = fixtures.offer(partner, CATEGORY, Fixtures.unique("Kit CPL 200"), "49.00", "PUBLISHED");
        fixtures.attribute(slow, "bandwidth_test", "200");
        long draft = fixtures.offer(partner, CATEGORY, Fixtures.unique("Kit CPL brouillon"), "39.00", "DRAFT");
        String slowTitle = fixtures.text("SELECT title FROM offer WHERE id = ?", slow);
        // a partner that gave an e-mail address (R8) is also told by e-mail
        long reachable = fixtures.partner(Fixtures.unique("CPL Morvan"), "SERVER_NETWORK_VENDOR");
        String address = Fixtures.unique("cpl-morvan") + "@example.fr";
        fixtures.partnerContact(reachable, Fixtures.uniqueSiren(), address);
        long reachableSlow = fixtures.offer(reachable, CATEGORY, Fixtures.unique("Kit CPL 100"), "29.00", "PUBLISHED");
        fixtures.attribute(reachableSlow, "bandwidth_test", "100 Mbit/s");
        String reachableTitle = fixtures.text("SELECT title FROM offer WHERE id = ?", reachableSlow);

        int number = (int) fixtures.number("SELECT MAX(number) + 1 FROM specification_version WHERE category_code = ?",
                CATEGORY);
        long version = fixtures.publishedVersion(CATEGORY, number, LocalDate.now(ZoneId.of("Europe/Paris")));
        fixtures.minCriterion(version, 1, "bandwidth_test", "Débit CPL", "Mbit/s", "1000");

        assertTrue(rollout.findDue().contains(version));
        timer.applyDue();

        assertNotNull(fixtures.text("SELECT applied_at FROM specification_version WHERE id = ?", version));
        assertEquals("SUPERSEDED", fixtures.text("SELECT status FROM specification_version WHERE id = ?", previous));
        assertEquals("PUBLISHED", fixtures.text("SELECT status FROM specification_version WHERE id = ?", version));
        // the entry into force is traced, by the application itself
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'SPECIFICATION'"
                + " AND subject_id = ? AND action = 'IN_FORCE' AND actor = 'système'", String.valueOf(version)));

        assertEquals(1, verdictCount(fixtures, fast, version));
        assertEquals("1", fixtures.text("SELECT conforming FROM conformance_verdict WHERE offer_id = ? AND spec_version_id = ?",
                fast, version));
        assertEquals("0", fixtures.text("SELECT conforming FROM conformance_verdict WHERE offer_id = ? AND spec_version_id = ?",
                slow, version));
        assertEquals("bandwidth_test", fixtures.text(
                "SELECT failing_keys FROM conformance_verdict WHERE offer_id = ? AND spec_version_id = ?", slow, version));
        String evidence = fixtures.text("SELECT results FROM conformance_verdict WHERE offer_id = ? AND spec_version_id = ?",
                slow, version);
        assertTrue(evidence.contains("Débit CPL : 200 Mbit/s, il faut au moins 1 000 Mbit/s"), evidence);
        assertEquals(0, verdictCount(fixtures, draft, version), "drafts are not judged");
        // the failing offer stays published: flagged for the review, not silently removed
        assertEquals("PUBLISHED", fixtures.text("SELECT status FROM offer WHERE id = ?", slow));

        String notice = fixtures.text("SELECT body FROM partner_notification WHERE partner_id = ?", partner);
        assertNotNull(notice, "the partner is told");
        assertTrue(notice.contains("Kit CPL 200"), notice);
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM partner_notification WHERE partner_id = ?", partner));
        assertTrue(evidence.contains("\"status\":\"FAIL\""), evidence);

        // the same message by e-mail, written to the outbox in the rollout's transaction
        assertEquals(1, mailsTo(fixtures, address));
        assertEquals("PENDING", fixtures.text("SELECT status FROM outbox_message WHERE recipient = ?", address));
        assertEquals(fixtures.text("SELECT subject FROM partner_notification WHERE partner_id = ?", reachable),
                fixtures.text("SELECT subject FROM outbox_message WHERE recipient = ?", address));
        String mail = fixtures.text("SELECT body FROM outbox_message WHERE recipient = ?", address);
        assertEquals(fixtures.text("SELECT body FROM partner_notification WHERE partner_id = ?", reachable), mail);
        assertTrue(mail.contains(reachableTitle), mail);
        // without an address the message stays in the partner's space only
        assertEquals(0, fixtures.number("SELECT COUNT(*) FROM outbox_message WHERE body LIKE ?", "%" + slowTitle + "%"));

        // Firing again, or another server applying the same version, changes nothing.
        Optional<RolloutReport> again = rollout.apply(version);
        assertTrue(again.isEmpty());
        timer.applyDue();
        assertEquals(1, verdictCount(fixtures, slow, version));
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM partner_notification WHERE partner_id = ?", partner));
        assertEquals(1, mailsTo(fixtures, address), "not e-mailed twice");
    }

    @Test
    void aVersionWhoseDayHasNotComeIsLeftAlone() {
        Fixtures fixtures = Fixtures.insideServer();
        int number = (int) fixtures.number("SELECT MAX(number) + 1 FROM specification_version WHERE category_code = ?",
                "NETWORK_SECURITY");
        long future = fixtures.publishedVersion("NETWORK_SECURITY", number,
                LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(10));
        assertTrue(!rollout.findDue().contains(future));
        assertTrue(rollout.apply(future).isEmpty());
        assertEquals(null, fixtures.text("SELECT applied_at FROM specification_version WHERE id = ?", future));
    }

    @Test
    void theStaffFindPartnersWithTheirOfferCountsAndAccountsAndPartnersCannot() {
        Fixtures fixtures = Fixtures.insideServer();
        String name = Fixtures.unique("Annuaire Télécoms Bretagne");
        long partner = fixtures.partner(name, "TELECOM_OPERATOR");
        String siren = Fixtures.uniqueSiren();
        fixtures.partnerContact(partner, siren, null);
        fixtures.offer(partner, "TELECOM_SERVICE", Fixtures.unique("Forfait"), "30.00", "PUBLISHED");
        fixtures.offer(partner, "TELECOM_SERVICE", Fixtures.unique("Forfait pro"), "50.00", "PUBLISHED");
        fixtures.offer(partner, "TELECOM_SERVICE", Fixtures.unique("Forfait brouillon"), "10.00", "DRAFT");
        long empty = fixtures.partner(Fixtures.unique("Annuaire Sans Offre"), "ADVISER");
        String partnerUser = Fixtures.unique("annuaire-p");
        String admin = Fixtures.unique("annuaire-a");
        String reviewer = Fixtures.unique("annuaire-r");
        fixtures.account(partnerUser, PASSWORD, "PARTNER", partner);
        fixtures.account(admin, PASSWORD, "ADMIN", null);
        fixtures.account(reviewer, PASSWORD, "REVIEWER", null);

        signInAs(admin);
        // by the beginning of the SIREN, typed as people read it out
        String typed = siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6);
        Page<DirectoryRow> bySiren = directory.findPage(new DirectorySearch(typed, null), new PageRequest(0, 20));
        assertEquals(1, bySiren.total());
        DirectoryRow row = bySiren.items().get(0);
        assertEquals(partner, row.id());
        assertEquals(name, row.name());
        assertEquals(PartnerKind.TELECOM_OPERATOR, row.kind());
        assertEquals(2, row.publishedOffers());
        assertEquals(3, row.offers());
        assertEquals(List.of(partnerUser), row.userCodes());

        // by a piece of the name, whatever the case; a partner without offers or account counts zero
        Page<DirectoryRow> byName = directory.findPage(new DirectorySearch("annuaire sans", PartnerKind.ADVISER),
                new PageRequest(0, 100));
        assertTrue(byName.items().stream().anyMatch(r -> r.id() == empty && r.offers() == 0 && r.publishedOffers() == 0
                && r.userCodes().isEmpty()), byName.items().toString());
        assertTrue(directory.findPage(new DirectorySearch(name, PartnerKind.ADVISER), new PageRequest(0, 20)).items()
                .isEmpty(), "filtered by kind");
        // everyone, paged
        Page<DirectoryRow> first = directory.findPage(DirectorySearch.all(), new PageRequest(0, 1));
        assertEquals(1, first.items().size());
        assertTrue(first.total() >= 2);
        assertTrue(directory.findPage(DirectorySearch.all(), new PageRequest(10_000, 1)).items().isEmpty());

        signInAs(reviewer);
        assertEquals(1, directory.findPage(new DirectorySearch(siren, null), new PageRequest(0, 20)).total());

        // R7: a partner sees only itself, never the directory
        signInAs(partnerUser);
        assertThrows(EJBAccessException.class, () -> directory.findPage(DirectorySearch.all(), new PageRequest(0, 20)));
        assertFalse(directory.getOwn().name().isEmpty());
    }

    @Test
    void everyStepOfAnAdministratorsDraftIsInTheAuditTrailUnderItsName() {
        Fixtures fixtures = Fixtures.insideServer();
        // a category no other test class changes; the version is published for a later day
        String category = "NETWORK_REMOTE_ACCESS";
        String admin = Fixtures.unique("redacteur-a");
        fixtures.account(admin, PASSWORD, "ADMIN", null);
        String partnerUser = Fixtures.unique("redacteur-p");
        fixtures.account(partnerUser, PASSWORD, "PARTNER", fixtures.partner(Fixtures.unique("Accès distants"),
                "SERVER_NETWORK_VENDOR"));

        // R5: only administrators write specifications, checked by the service itself
        signInAs(partnerUser);
        assertThrows(EJBAccessException.class, () -> drafts.openDraft(category));

        signInAs(admin);
        SpecificationVersion draft = drafts.openDraft(category);
        long id = draft.getId();
        draft = drafts.putCriterion(id, draft.getLockVersion(), Criterion.min("vpn_tunnels", "Tunnels VPN simultanés",
                "Nombre de connexions distantes ouvertes en même temps", true, "tunnels", new BigDecimal("5")));
        draft = drafts.removeCriterion(id, draft.getLockVersion(), "vpn_tunnels");
        LocalDate later = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30);
        drafts.publish(id, draft.getLockVersion(), later, "Essai du journal");

        String actions = fixtures.text("SELECT GROUP_CONCAT(action ORDER BY id SEPARATOR ' ') FROM audit_entry"
                + " WHERE subject_type = 'SPECIFICATION' AND subject_id = ? AND actor = ? AND actor_role = 'ADMIN'",
                String.valueOf(id), admin);
        assertEquals("OPEN_DRAFT PUT_CRITERION REMOVE_CRITERION PUBLISH", actions);
        String put = fixtures.text("SELECT after_state FROM audit_entry WHERE subject_type = 'SPECIFICATION'"
                + " AND subject_id = ? AND action = 'PUT_CRITERION'", String.valueOf(id));
        assertTrue(put.contains("Tunnels VPN simultanés") && put.contains("au moins 5"), put);
        String published = fixtures.text("SELECT after_state FROM audit_entry WHERE subject_type = 'SPECIFICATION'"
                + " AND subject_id = ? AND action = 'PUBLISH'", String.valueOf(id));
        assertTrue(published.contains(later.toString()) && published.contains("Essai du journal"), published);
        // a version of a later day is not in force yet: nothing says so
        assertEquals(0, fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'SPECIFICATION'"
                + " AND subject_id = ? AND action = 'IN_FORCE'", String.valueOf(id)));
    }

    private void signInAs(String userCode) {
        assertEquals(AuthenticationStatus.SUCCESS, CurrentExchange.signIn(security, userCode, PASSWORD),
                "signed in as " + userCode);
    }

    private static long mailsTo(Fixtures fixtures, String address) {
        return fixtures.number("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", address);
    }

    private static long verdictCount(Fixtures fixtures, long offer, long version) {
        return fixtures.number("SELECT COUNT(*) FROM conformance_verdict WHERE offer_id = ? AND spec_version_id = ?",
                offer, version);
    }
}
