package fr.catalogue.charter;

import fr.catalogue.label.LabelCaption;
import fr.catalogue.label.LabelStatus;
import java.util.List;

/**
 * What a partner's "Documents du label" page shows: its right of use and caption, the documents it
 * may download (its own caption's logo first), and, when its right is withdrawn or expired, why
 * the reserved ones are not there.
 */
public record PartnerDocuments(LabelStatus status, LabelCaption caption, List<DocumentRow> documents, String refusal) {

    public boolean holdsRight() {
        return refusal == null;
    }
}
