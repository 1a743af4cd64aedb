package fr.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedRowsTest {

    private record Row(long id, String name) {
    }

    private final List<PageRequest> asked = new ArrayList<>();

    /** 45 rows, served page by page as a service would. */
    private Page<Row> serve(PageRequest request) {
        asked.add(request);
        List<Row> all = IntStream.rangeClosed(1, 45).mapToObj(i -> new Row(i, "row " + i)).toList();
        int from = Math.min(request.offset(), all.size());
        return new Page<>(all.subList(from, Math.min(from + request.size(), all.size())), all.size(), request.page(),
                request.size());
    }

    @Test
    void asksTheServiceForThePageShownAndReportsItsTotal() {
        PagedRows<Row> rows = new PagedRows<>(this::serve, Row::id);

        List<Row> third = rows.load(40, 20, Map.of(), Map.of());

        assertEquals(List.of(new PageRequest(2, 20)), asked);
        assertEquals(List.of(41L, 42L, 43L, 44L, 45L), third.stream().map(Row::id).toList());
        assertEquals(45, rows.getRowCount());
        assertEquals(45, rows.count(Map.of()));
    }

    @Test
    void neverAsksForMoreThanTheLargestPageAllowed() {
        PagedRows<Row> rows = new PagedRows<>(this::serve, Row::id);

        rows.load(0, 500, Map.of(), Map.of());

        assertEquals(List.of(new PageRequest(0, PageRequest.MAX_SIZE)), asked);
    }

    @Test
    void findsARowOfTheLoadedPageByItsKey() {
        PagedRows<Row> rows = new PagedRows<>(this::serve, Row::id);
        assertNull(rows.getRowData("3"), "nothing loaded yet");
        assertEquals(0, rows.count(Map.of()));

        rows.load(0, 10, Map.of(), Map.of());

        assertEquals("7", rows.getRowKey(new Row(7, "row 7")));
        assertEquals(new Row(7, "row 7"), rows.getRowData("7"));
        assertNull(rows.getRowData("11"), "not on the page loaded");
    }
}
