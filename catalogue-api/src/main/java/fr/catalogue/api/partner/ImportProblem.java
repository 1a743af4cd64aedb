package fr.catalogue.api.partner;

import fr.catalogue.offer.ImportError;
import java.util.List;

/** A refused import: a 422 problem listing every error with its line; nothing was imported. */
public record ImportProblem(String type, String title, int status, String detail, List<ImportError> errors) {

    public static ImportProblem of(String detail, List<ImportError> errors) {
        return new ImportProblem("about:blank", "Unprocessable Content", 422, detail, errors);
    }
}
