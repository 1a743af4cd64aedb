package fr.catalogue.label;

import fr.catalogue.common.BusinessException;
import java.time.Instant;
import java.util.Objects;

/**
 * The state machine of a partner's right to use the label's name and logo (R18, R22): which
 * event moves which state where, and what it is refused. No container, no database: the
 * services ask it, then record the {@link Step} it returns.
 *
 * <pre>
 * GRANTED  --WARN--------------> WARNED
 * WARNED   --ACCEPT_CORRECTION-> GRANTED
 * WARNED   --WITHDRAW----------> WITHDRAWN
 * GRANTED, WARNED --EXPIRE-----> EXPIRED
 * WITHDRAWN, EXPIRED --REINSTATE (administrator, reason)--> GRANTED
 * </pre>
 */
public final class LabelRight {

    /** The longest reason kept (label_transition.reason). */
    public static final int REASON_LENGTH = 1000;

    /** One transition to record: from, to, when, who and why. */
    public record Step(LabelStatus from, LabelStatus to, LabelEvent event, Instant at, String actor, String reason) {
    }

    private LabelRight() {
    }

    /** Where {@code event} takes a right in state {@code from}, or {@code null} when the machine refuses it. */
    public static LabelStatus target(LabelStatus from, LabelEvent event) {
        Objects.requireNonNull(from);
        return switch (event) {
            case WARN -> from == LabelStatus.GRANTED ? LabelStatus.WARNED : null;
            case ACCEPT_CORRECTION -> from == LabelStatus.WARNED ? LabelStatus.GRANTED : null;
            case WITHDRAW -> from == LabelStatus.WARNED ? LabelStatus.WITHDRAWN : null;
            case EXPIRE -> from.holdsRight() ? LabelStatus.EXPIRED : null;
            case REINSTATE -> from.holdsRight() ? null : LabelStatus.GRANTED;
        };
    }

    /** Whether the machine allows {@code event} from {@code from}. */
    public static boolean allows(LabelStatus from, LabelEvent event) {
        return target(from, event) != null;
    }

    /**
     * The step {@code event} makes from {@code from}.
     *
     * @throws BusinessException when the machine refuses the event in that state, or the reason is missing
     */
    public static Step apply(LabelStatus from, LabelEvent event, Instant at, String actor, String reason) {
        Objects.requireNonNull(at);
        Objects.requireNonNull(actor);
        LabelStatus to = target(from, event);
        if (to == null) {
            throw new BusinessException(refusal(from, event));
        }
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessException("Le motif du changement du droit d'usage est obligatoire.");
        }
        if (trimmed.length() > REASON_LENGTH) {
            throw new BusinessException("Le motif ne doit pas dépasser " + REASON_LENGTH + " caractères.");
        }
        return new Step(from, to, event, at, actor, trimmed);
    }

    private static String refusal(LabelStatus from, LabelEvent event) {
        String state = "le droit d'usage est « " + from.label() + " »";
        return switch (event) {
            case WARN -> "Impossible d'avertir ce partenaire : " + state + ".";
            case ACCEPT_CORRECTION -> "Aucune correction à accepter : " + state + ".";
            case WITHDRAW -> "Seul un droit averti peut être retiré : " + state + ".";
            case EXPIRE -> "Ce droit d'usage a déjà pris fin : " + state + ".";
            case REINSTATE -> "Seul un droit retiré ou expiré peut être rétabli : " + state + ".";
        };
    }
}
