package fr.catalogue.web.it;

import fr.catalogue.search.SearchIndex;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;

/**
 * Test only, added to the WAR by {@link Deployments#warWithSearchProbe()}: client-side tests write
 * their fixture offers straight into the database, which the search index learns only at its next
 * reconciliation (every few minutes). A POST here runs that reconciliation now, so the test reads
 * the catalogue as it will be without waiting.
 */
@WebServlet("/it-probe/search-index")
public class SearchIndexProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SearchIndex index;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            response.setContentType("text/plain");
            response.getWriter().print(index.reconcile());
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** Brings the index of the application at {@code base} in line with the database. */
    static void reconcile(URL base) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "it-probe/search-index"))
                            .POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("reconciling the search index answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
