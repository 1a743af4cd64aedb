package fr.catalogue.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.db.demo.DemoData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R14: every demo offer ever published has its first published version, so no history is empty. */
class DemoOfferVersionsIT {

    @TempDir
    Path directory;

    @Test
    void everyDemoOfferEverPublishedHasItsFirstVersion() throws Exception {
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(directory, 0)) {
            DatabaseAddress address = database.address();
            Migrations.migrate(address);
            assertTrue(DemoData.loadIfEmpty(address, Clock.systemUTC()));

            long everPublished = count(address, "SELECT COUNT(*) FROM offer WHERE published_at IS NOT NULL");
            assertTrue(everPublished > 250, "published demo offers: " + everPublished);
            assertEquals(everPublished, count(address, "SELECT COUNT(*) FROM offer_version WHERE number = 1"));
            assertEquals(0, count(address, "SELECT COUNT(*) FROM offer o JOIN offer_version v ON v.offer_id = o.id"
                    + " WHERE v.published_at <> o.published_at OR v.title <> o.title"
                    + " OR v.price_excl_vat <> o.price_excl_vat"));
            // the one on the catalogue now is open; a withdrawn offer's ended with its withdrawal
            assertEquals(0, count(address, "SELECT COUNT(*) FROM offer o JOIN offer_version v ON v.offer_id = o.id"
                    + " WHERE (o.status = 'PUBLISHED') <> (v.valid_until IS NULL)"));
            assertEquals(0, count(address, "SELECT COUNT(*) FROM offer_version WHERE content NOT LIKE '{\"attributes\":{%'"
                    + " OR JSON_VALID(content) = 0"));
            assertEquals(0, count(address, "SELECT COUNT(*) FROM offer_version v LEFT JOIN specification_version s"
                    + " ON s.category_code = v.category_code AND s.number = v.spec_version WHERE s.id IS NULL"));
        }
    }

    private static long count(DatabaseAddress address, String query) throws SQLException {
        try (Connection c = address.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }
}
