package fr.catalogue.campaign;

import java.io.Serializable;

/**
 * The worklist's filters, each {@code null} for any: the offer's category code, a part of the
 * partner's name or its SIREN, the kind, the status.
 */
public record FindingFilter(String categoryCode, String partner, FindingKind kind, FindingStatus status)
        implements Serializable {

    public static FindingFilter none() {
        return new FindingFilter(null, null, null, null);
    }
}
