package fr.catalogue.web.contact;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.contact.ContactForm;
import fr.catalogue.contact.ContactRequests;
import fr.catalogue.contact.ContactTarget;
import fr.catalogue.web.FieldMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * The public contact form ({@code /contact.xhtml?offre=…} or {@code ?partenaire=…}, R24): a French
 * confirmation once sent; an offer or partner that is not public is a 404 page.
 */
@Named
@ViewScoped
public class ContactPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "contact";

    @Inject
    private ContactRequests requests;

    private final ContactForm form = new ContactForm();
    private String offer;
    private String partner;
    private ContactTarget target;
    private Long sent;

    /** The view action: whom the form writes to. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            target = requests.target(Requests.id(offer).orElse(null),
                    offer == null ? Requests.id(partner).orElse(null) : null);
            form.setOfferId(target.offerId());
            form.setPartnerId(target.partnerId());
        } catch (ResourceNotFoundException unknown) {
            Requests.notFound(faces, unknown.getMessage());
        }
    }

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            sent = requests.submit(form, Requests.remoteAddress(faces));
        } catch (InvalidInputException refusal) {
            FieldMessages.show(faces, faces.getViewRoot().findComponent(FORM), refusal);
        }
    }

    public ContactForm getForm() { return form; }
    public ContactTarget getTarget() { return target; }
    public String getOffer() { return offer; }
    public void setOffer(String offer) { this.offer = offer; }
    public String getPartner() { return partner; }
    public void setPartner(String partner) { this.partner = partner; }

    /** The number of the request just sent, or null before. */
    public Long getSent() { return sent; }
}
