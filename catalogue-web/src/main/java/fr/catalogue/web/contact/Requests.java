package fr.catalogue.web.contact;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** What the contact pages read of the HTTP request: ids in parameters, the User-Agent, the address. */
final class Requests {

    private Requests() {
    }

    /** A positive id typed in a URL, or empty for anything else. */
    static Optional<Long> id(String raw) {
        try {
            long id = Long.parseLong(raw == null ? "" : raw.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String userAgent(FacesContext faces) {
        return faces.getExternalContext().getRequestHeaderMap().get("User-Agent");
    }

    static String remoteAddress(FacesContext faces) {
        return ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
    }

    /** Answers 404 with the French error page. */
    static void notFound(FacesContext faces, String why) throws java.io.IOException {
        faces.getExternalContext().responseSendError(404, why);
        faces.responseComplete();
    }
}
