package fr.catalogue.api.conformance;

import fr.catalogue.specification.Verdict;
import java.util.List;

/** A verdict: conforming or not, against which version, and why, criterion by criterion. */
public record VerdictJson(boolean conforming, String category, int version, List<ResultJson> results,
                          List<String> unknownAttributes) {

    /** One criterion's outcome: {@code PASS}, {@code FAIL} or {@code MISSING}, with a French message. */
    public record ResultJson(String key, String status, boolean mandatory, String message) {
    }

    public static VerdictJson of(Verdict verdict) {
        return new VerdictJson(verdict.conforming(), verdict.categoryCode(), verdict.version(),
                verdict.results().stream()
                        .map(r -> new ResultJson(r.key(), r.status().name(), r.mandatory(), r.message()))
                        .toList(),
                verdict.unknownAttributes());
    }
}
