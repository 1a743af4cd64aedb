package fr.catalogue.web.document;

import fr.catalogue.charter.CharterDocuments;
import fr.catalogue.charter.DocumentRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The public terms of use ({@code /documents.xhtml}, no sign-in, R23). */
@Named
@RequestScoped
public class PublicDocumentsPage {

    @Inject
    private CharterDocuments documents;

    private List<DocumentRow> rows;

    public void load() {
        rows = documents.publicDocuments();
    }

    public List<DocumentRow> getRows() {
        return rows;
    }
}
