package fr.catalogue.offer;

import fr.catalogue.common.BusinessException;
import fr.catalogue.specification.CriterionResult;
import fr.catalogue.specification.Verdict;
import java.util.stream.Collectors;

/**
 * Publishing refused because the offer does not meet its category's specification in force
 * (R11). Carries the verdict, so that pages and the API list the failing criteria; the message
 * lists them too, in French.
 */
public class NotConformingException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient Verdict verdict;

    public NotConformingException(Verdict verdict) {
        super(messageOf(verdict));
        this.verdict = verdict;
    }

    public Verdict verdict() {
        return verdict;
    }

    private static String messageOf(Verdict verdict) {
        return "L'offre ne peut pas être publiée : elle ne respecte pas la version " + verdict.version()
                + " du cahier des charges de sa catégorie. " + verdict.failures().stream()
                        .map(CriterionResult::message).collect(Collectors.joining(" ; ")) + ".";
    }
}
