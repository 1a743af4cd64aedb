package fr.catalogue.charter;

import fr.catalogue.label.LabelCaption;
import java.util.Comparator;
import java.util.List;

/**
 * The order a partner sees its charter documents in (R21): the logo of its own caption first, then
 * the terms of use, the annexes, the graphic charter, and the logos of the other captions.
 */
public final class DocumentShelf {

    private DocumentShelf() {
    }

    public static List<DocumentRow> forPartner(List<DocumentRow> latest, LabelCaption own) {
        return latest.stream().sorted(Comparator.comparingInt((DocumentRow row) -> rank(row, own))
                .thenComparing(row -> row.caption() == null ? "" : row.caption().name())
                .thenComparing(DocumentRow::title)).toList();
    }

    private static int rank(DocumentRow row, LabelCaption own) {
        if (row.kind() == DocumentKind.LOGO) {
            return row.caption() == own ? 0 : 4;
        }
        return switch (row.kind()) {
            case TERMS -> 1;
            case ANNEX -> 2;
            default -> 3;
        };
    }
}
