package fr.catalogue.linkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void readsBackExactlyWhatItWrote() {
        Evidence evidence = new Evidence(List.of("https://a.example/offre", "https://a.example/", "https://catalogue.gouv.fr/"),
                List.of(new Fetch("https://a.example/offre", 301, 12, null),
                        new Fetch("https://a.example/offre/", 200, 85, null),
                        new Fetch("https://a.example/lent", 0, 10_000, CheckReason.TIMEOUT)));
        String json = evidence.toJson();
        assertEquals(evidence, Evidence.fromJson(json));
        assertTrue(json.contains("\"failure\":\"TIMEOUT\""), json);
    }

    @Test
    void quotesAndAccentsSurvive() {
        Evidence evidence = new Evidence(List.of("https://a.example/\"été\"?q=1&r=<2>"), List.of());
        assertEquals(evidence, Evidence.fromJson(evidence.toJson()));
    }

    @Test
    void nothingStoredReadsAsNoEvidence() {
        assertEquals(new Evidence(List.of(), List.of()), Evidence.fromJson(null));
        assertEquals(List.of(), Evidence.pathFromJson(""));
    }

    @Test
    void aPathAloneReadsBack() {
        List<String> path = List.of("https://a.example/", "https://a.example/offres", "https://a.example/offres/12");
        assertEquals(path, Evidence.pathFromJson(Evidence.pathToJson(path)));
    }

    @Test
    void aReasonUnknownToThisVersionIsLeftOut() {
        Evidence evidence = Evidence.fromJson("""
                {"path":[],"fetches":[{"url":"https://a.example/","status":0,"millis":3,"failure":"SOMETHING_NEW"}]}""");
        assertNull(evidence.fetches().get(0).failure());
        assertEquals(3, evidence.fetches().get(0).millis());
    }
}
