package fr.catalogue.need;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.catalogue.geo.Departments;
import fr.catalogue.search.OfferHit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A selection shows the offers of the business's département first, then its neighbours' (R28). */
class NearFirstTest {

    private static OfferHit hit(long id, String department, String price) {
        return new OfferHit(id, "Offre " + id, "PC_DESKTOP", "PC de bureau", "EQUIPMENT", id, "P" + id, "Ville",
                department, new BigDecimal(price), Instant.EPOCH, "");
    }

    @Test
    void departmentThenNeighboursThenElsewhereCheapestFirstWithoutDuplicates() {
        List<OfferHit> found = List.of(hit(1, "75", "100"), hit(2, "22", "900"), hit(3, "35", "800"),
                hit(4, "35", "300"), hit(2, "22", "900"), hit(5, null, "50"), hit(6, "56", "400"));
        List<Long> ids = NearFirst.order(found, Departments.byCode("35").orElseThrow(), 10).stream()
                .map(OfferHit::id).toList();
        assertEquals(List.of(4L, 3L, 6L, 2L, 5L, 1L), ids);
    }

    @Test
    void theLimitIsKept() {
        List<OfferHit> found = List.of(hit(1, "35", "1"), hit(2, "35", "2"), hit(3, "35", "3"));
        assertEquals(2, NearFirst.order(found, Departments.byCode("35").orElseThrow(), 2).size());
    }
}
