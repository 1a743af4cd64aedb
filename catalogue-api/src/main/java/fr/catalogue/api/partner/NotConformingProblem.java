package fr.catalogue.api.partner;

import fr.catalogue.specification.CriterionResult;
import fr.catalogue.specification.Verdict;
import java.util.List;

/**
 * A refused publication (R11): a 409 problem whose {@code verdict} names the specification version
 * applied and every criterion that keeps the offer out of the catalogue.
 */
public record NotConformingProblem(String type, String title, int status, String detail, VerdictJson verdict) {

    /** The verdict: {@code failures} are the mandatory criteria failed ({@code FAIL}) or not stated ({@code MISSING}). */
    public record VerdictJson(boolean conforming, String category, int version, List<FailureJson> failures) {
    }

    /** One criterion in the way, with its label and a French message saying what is expected. */
    public record FailureJson(String key, String label, String status, String message) {
    }

    public static NotConformingProblem of(String detail, Verdict verdict) {
        return new NotConformingProblem("about:blank", "Conflict", 409, detail,
                new VerdictJson(verdict.conforming(), verdict.categoryCode(), verdict.version(),
                        verdict.failures().stream().map(NotConformingProblem::failure).toList()));
    }

    private static FailureJson failure(CriterionResult result) {
        return new FailureJson(result.key(), result.label(), result.status().name(), result.message());
    }
}
