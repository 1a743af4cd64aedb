package fr.catalogue.specification;

import fr.catalogue.platform.SchemaMigration;
import fr.catalogue.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The offers flagged for the next review (R17): published offers whose latest verdict, against
 * the version in force of their category, is not conforming. Read in one query.
 */
@Stateless
@RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
public class ConformanceFlags {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    /** The flagged offers, most recently judged first, at most {@code limit}. */
    public List<FlaggedOffer> findFlagged(int limit) {
        List<FlaggedOffer> flagged = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sql = connection.prepareStatement("""
                     SELECT o.id, o.title, p.name, c.name, v.number, cv.failing_keys, cv.evaluated_at
                     FROM conformance_verdict cv
                     JOIN specification_version v ON v.id = cv.spec_version_id
                                                 AND v.status = 'PUBLISHED' AND v.applied_at IS NOT NULL
                     JOIN offer o ON o.id = cv.offer_id AND o.status = 'PUBLISHED'
                     JOIN partner p ON p.id = o.partner_id
                     JOIN category c ON c.code = o.category_code
                     WHERE cv.conforming = FALSE
                       AND NOT EXISTS (SELECT 1 FROM specification_version newer
                                       WHERE newer.category_code = v.category_code AND newer.status = 'PUBLISHED'
                                         AND newer.applied_at IS NOT NULL AND newer.number > v.number)
                     ORDER BY cv.evaluated_at DESC, o.id
                     LIMIT ?""")) {
            sql.setInt(1, limit);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    flagged.add(new FlaggedOffer(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getInt(5), rows.getString(6), rows.getTimestamp(7).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new EJBException("Could not read the flagged offers", e);
        }
        return flagged;
    }
}
