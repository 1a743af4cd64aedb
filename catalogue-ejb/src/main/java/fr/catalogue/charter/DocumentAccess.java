package fr.catalogue.charter;

import fr.catalogue.label.LabelStatus;
import fr.catalogue.security.Role;
import java.util.Optional;

/**
 * Who may download which charter document (R23), plain Java: the terms of use, anyone; the
 * annexes, the graphic charter and the logos, the Ministry's staff and the partners whose right of
 * use is {@code GRANTED} or {@code WARNED} (R18: a withdrawn right stops the downloads; R22: so does
 * an expired one). Anything else is refused with a French reason.
 */
public final class DocumentAccess {

    private DocumentAccess() {
    }

    /**
     * Why the reader may not download a document of this kind, or empty when it may.
     *
     * @param role the reader's role, null when nobody is signed in
     * @param status the partner's right of use (partners only; ignored otherwise)
     */
    public static Optional<String> refusal(DocumentKind kind, Role role, LabelStatus status) {
        if (kind.isPublic() || role == Role.ADMIN || role == Role.REVIEWER) {
            return Optional.empty();
        }
        if (role == null) {
            return Optional.of("« " + kind.label() + " » est réservé aux partenaires titulaires du droit d'usage du label :"
                    + " connectez-vous à votre espace partenaire.");
        }
        if (status != null && status.holdsRight()) {
            return Optional.empty();
        }
        String why = status == LabelStatus.EXPIRED ? "a expiré à la date de fin de l'opération"
                : status == LabelStatus.WITHDRAWN ? "vous a été retiré" : "n'est pas en vigueur";
        return Optional.of("Votre droit d'usage du nom et du logo du label " + why + " : « " + kind.label()
                + " » ne peut plus être téléchargé. Les conditions d'utilisation restent publiques.");
    }
}
