package fr.catalogue.offer;

import fr.catalogue.common.BusinessException;

/** An import file beyond the limits set by {@code catalogue.import.max-bytes} or {@code catalogue.import.max-rows}. */
public class OfferImportTooLarge extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OfferImportTooLarge(String message) {
        super(message);
    }
}
