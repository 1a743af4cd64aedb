package fr.catalogue.web.document;

import fr.catalogue.charter.CharterDocuments;
import fr.catalogue.charter.DocumentFile;
import fr.catalogue.charter.DownloadHeaders;
import fr.catalogue.common.AccessRefusedException;
import fr.catalogue.common.ResourceNotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * {@code GET /documents/{id}}: one charter document version, for whoever the service lets have
 * it (R23). A refusal is a 403 with its French reason, an unknown id a 404; the service logs both
 * the served and the refused downloads.
 */
@WebServlet(urlPatterns = "/documents/*")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CharterDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "Document introuvable.");
            return;
        }
        DocumentFile file;
        try {
            file = documents.download(id);
        } catch (AccessRefusedException e) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, e.getMessage());
            return;
        } catch (ResourceNotFoundException e) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        DownloadHeaders.of(file.row(), file.content().length).forEach(response::setHeader);
        response.getOutputStream().write(file.content());
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        try (PrintWriter out = response.getWriter()) {
            out.print("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>Téléchargement refusé</title>"
                    + "</head><body><h1>" + (status == HttpServletResponse.SC_FORBIDDEN ? "Téléchargement refusé"
                    : "Document introuvable") + "</h1><p>" + escape(message) + "</p><p><a href=\"../documents.xhtml\">"
                    + "Documents du label</a></p></body></html>");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
