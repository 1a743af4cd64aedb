package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.specification.RolloutReport;
import fr.catalogue.specification.SpecificationRollout;
import fr.catalogue.specification.SpecificationRolloutTimer;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: a published version whose effective date has come is brought into force
 * (R5) — the previous one superseded, every published offer judged again, verdicts stored with the
 * version, the partners of failing offers told — and doing it twice changes nothing (R17 flags).
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class SpecificationRolloutIT {

    // A category no other test class touches: its specification changes here.
    private static final String CATEGORY = "NETWORK_LAN_PLC";

    @Inject
    private SpecificationRollout rollout;

    @Inject
    private SpecificationRolloutTimer timer;

    @Deployment
    static WebArchive deployment() {
        return Deployments.war().addClasses(SpecificationRolloutIT.class, TestDatabase.class, Fixtures.class);
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

        int number = (int) fixtures.number("SELECT MAX(number) + 1 FROM specification_version WHERE category_code = ?",
                CATEGORY);
        long version = fixtures.publishedVersion(CATEGORY, number, LocalDate.now(ZoneId.of("Europe/Paris")));
        fixtures.minCriterion(version, 1, "bandwidth_test", "Débit CPL", "Mbit/s", "1000");

        assertTrue(rollout.findDue().contains(version));
        timer.applyDue();

        assertNotNull(fixtures.text("SELECT applied_at FROM specification_version WHERE id = ?", version));
        assertEquals("SUPERSEDED", fixtures.text("SELECT status FROM specification_version WHERE id = ?", previous));
        assertEquals("PUBLISHED", fixtures.text("SELECT status FROM specification_version WHERE id = ?", version));

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

        // Firing again, or another server applying the same version, changes nothing.
        Optional<RolloutReport> again = rollout.apply(version);
        assertTrue(again.isEmpty());
        timer.applyDue();
        assertEquals(1, verdictCount(fixtures, slow, version));
        assertEquals(1, fixtures.number("SELECT COUNT(*) FROM partner_notification WHERE partner_id = ?", partner));
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

    private static long verdictCount(Fixtures fixtures, long offer, long version) {
        return fixtures.number("SELECT COUNT(*) FROM conformance_verdict WHERE offer_id = ? AND spec_version_id = ?",
                offer, version);
    }
}
