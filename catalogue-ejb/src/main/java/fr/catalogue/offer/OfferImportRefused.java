package fr.catalogue.offer;

import fr.catalogue.common.BusinessException;
import java.util.List;

/** An import file with at least one error: nothing was imported; every error is listed with its line. */
public class OfferImportRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<ImportError> errors;

    public OfferImportRefused(List<ImportError> errors) {
        super(errors.size() == 1 ? "Le fichier contient une erreur : aucune offre n'a été importée."
                : "Le fichier contient " + errors.size() + " erreurs : aucune offre n'a été importée.");
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
