package fr.catalogue.web;

import fr.catalogue.common.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

/**
 * Shows a refusal of the services next to the field it names: the component whose id is the
 * field name (dots become underscores) inside {@code root}; globally when there is none.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static void show(FacesContext faces, UIComponent root, InvalidInputException refusal) {
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null);
        UIComponent field = refusal.field() == null ? null : find(root, refusal.field().replace('.', '_'));
        if (field == null) {
            faces.addMessage(null, message);
        } else {
            faces.addMessage(field.getClientId(faces), message);
            if (field instanceof UIInput input) {
                input.setValid(false);
            }
        }
        faces.validationFailed();
    }

    static UIComponent find(UIComponent parent, String id) {
        if (parent == null) {
            return null;
        }
        if (id.equals(parent.getId())) {
            return parent;
        }
        for (UIComponent child : parent.getChildren()) {
            UIComponent found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        for (UIComponent facet : parent.getFacets().values()) {
            UIComponent found = find(facet, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
