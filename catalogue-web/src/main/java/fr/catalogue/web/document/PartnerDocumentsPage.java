package fr.catalogue.web.document;

import fr.catalogue.charter.CharterDocuments;
import fr.catalogue.charter.PartnerDocuments;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A partner's "Documents du label" ({@code /partner/documents.xhtml}): its own caption's logo first, SHA-256 shown (R19, R21, R23). */
@Named
@ViewScoped
public class PartnerDocumentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CharterDocuments documents;

    private PartnerDocuments shelf;

    public void load() {
        shelf = documents.forOwnPartner();
    }

    public PartnerDocuments getShelf() {
        return shelf;
    }
}
