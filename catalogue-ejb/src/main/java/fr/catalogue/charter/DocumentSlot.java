package fr.catalogue.charter;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.label.LabelCaption;

/**
 * Which document a file is a version of: its kind and, for a logo only, its caption (R21). The
 * versions of one slot are numbered 1, 2, 3…
 */
public record DocumentSlot(DocumentKind kind, LabelCaption caption) {

    /**
     * @throws InvalidInputException when a logo has no caption, or another document has one
     */
    public DocumentSlot {
        if (kind == null) {
            throw new InvalidInputException("kind", "Choisissez le type de document.");
        }
        if (kind.hasCaption() && caption == null) {
            throw new InvalidInputException("caption", "Choisissez la mention du logo (l'une des quatre du label).");
        }
        if (!kind.hasCaption() && caption != null) {
            throw new InvalidInputException("caption", "Seuls les logos portent une mention.");
        }
    }
}
