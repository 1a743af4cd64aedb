package fr.catalogue.linkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pure parts of the runs and of the reviewers' filter. */
class LinkRunsTest {

    @Test
    void theOfferPageIsUnderThePublicAddressWithOrWithoutItsSlash() {
        assertEquals("https://catalogue.gouv.fr/tpe/offre.xhtml?id=12",
                LinkCheckRuns.offerPage(URI.create("https://catalogue.gouv.fr/tpe/"), 12));
        assertEquals("https://catalogue.gouv.fr/tpe/offre.xhtml?id=12",
                LinkCheckRuns.offerPage(URI.create("https://catalogue.gouv.fr/tpe"), 12));
    }

    @Test
    void batchesCoverEveryAddressOnceInOrder() {
        List<String> urls = IntStream.range(0, 120).mapToObj(i -> "https://a.example/" + i).toList();
        List<List<String>> batches = LinkCheckRuns.batches(urls, 50);
        assertEquals(List.of(50, 50, 20), batches.stream().map(List::size).toList());
        assertEquals(urls, batches.stream().flatMap(List::stream).toList());
        assertEquals(List.of(), LinkCheckRuns.batches(List.of(), 50));
    }

    @Test
    void filterTextMatchesLiterally() {
        assertEquals("%50!%!_off!!%", LinkFilter.pattern(" 50%_off! "));
        assertNull(LinkFilter.pattern("  "));
        assertNull(LinkFilter.all().urlPattern());
    }
}
