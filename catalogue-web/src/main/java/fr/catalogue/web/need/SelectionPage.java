package fr.catalogue.web.need;

import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.need.Needs;
import fr.catalogue.need.Selection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The selection of a need (R28), {@code /ma-selection.xhtml?code=…}: the link to keep, the offers
 * per need and the providers nearby, computed afresh at each visit. An unknown code is a French
 * message with status 404.
 */
@Named
@RequestScoped
public class SelectionPage {

    @Inject
    private Needs needs;

    @Inject
    private FacesContext faces;

    private String code;
    private Selection selection;
    private String refusal;
    private String link;

    /** The view action: computes the selection once per request. */
    public void load() {
        try {
            selection = needs.selection(code);
            link = needs.link(code);
        } catch (ResourceNotFoundException e) {
            refusal = e.getMessage();
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Selection getSelection() {
        return selection;
    }

    public String getRefusal() {
        return refusal;
    }

    /** The absolute link to keep. */
    public String getLink() {
        return link;
    }
}
