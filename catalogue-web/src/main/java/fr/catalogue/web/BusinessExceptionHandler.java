package fr.catalogue.web;

import fr.catalogue.common.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Optional;

/**
 * A refusal of the business rules raised by an action ({@link BusinessException}, with its French
 * message) is shown on the page the user is on, as an error message; what the user typed stays.
 * Any other exception goes on to the error pages.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Optional<BusinessException> refusal = businessCause(events.next().getContext().getException());
            if (refusal.isPresent()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.get().getMessage(), null));
                faces.validationFailed();
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private static Optional<BusinessException> businessCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
