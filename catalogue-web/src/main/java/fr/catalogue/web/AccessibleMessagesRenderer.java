package fr.catalogue.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages}, written as a real list. PrimeFaces 15 gives each {@code <li>}
 * {@code role="alert"}, which takes its list-item role away: screen readers then meet a list without
 * items (WCAG 1.3.1; axe-core's rule "list", serious). Here the items stay items and the alert moves
 * to the box holding the messages of one severity, so they are still read out at once.
 * Registered for every {@code p:messages} in faces-config.xml; AccessibilityIT checks the result.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessages(FacesContext context, Messages messages, String severity, List<FacesMessage> list)
            throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new AlertOnTheBox(original));
        try {
            super.encodeMessages(context, messages, severity, list);
        } finally {
            context.setResponseWriter(original);
        }
    }

    /** Moves {@code role="alert"} (and its {@code aria-atomic}) from each item to the first element, the box. */
    private static final class AlertOnTheBox extends ResponseWriterWrapper {

        private String element;
        private boolean boxStarted;

        AlertOnTheBox(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
            if (!boxStarted) {
                boxStarted = true;
                super.writeAttribute("role", "alert", null);
            }
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equals(element) && ("role".equals(name) || "aria-atomic".equals(name))) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
