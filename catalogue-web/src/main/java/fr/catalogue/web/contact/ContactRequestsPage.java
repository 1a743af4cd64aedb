package fr.catalogue.web.contact;

import fr.catalogue.contact.ContactRequests;
import fr.catalogue.contact.ContactRow;
import fr.catalogue.web.Messages;
import fr.catalogue.web.PagedRows;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A partner's contact requests ({@code /partner/demandes.xhtml}, R24): newest first, paged; one may be marked handled. */
@Named
@ViewScoped
public class ContactRequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContactRequests requests;

    private final PagedRows<ContactRow> rows = new PagedRows<>(request -> requests.findOwn(request), ContactRow::id);

    public void markHandled(ContactRow row) {
        requests.markHandled(row.id());
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces, "contact.requests.handledDone", row.id()), null));
    }

    public PagedRows<ContactRow> getRows() {
        return rows;
    }
}
