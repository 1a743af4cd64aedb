package fr.catalogue.web.label;

import fr.catalogue.label.LabelRights;
import fr.catalogue.label.LabelView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Anyone checks whether a company holds the label, by name or SIREN ({@code /verifier-label.xhtml}, R21). */
@Named
@ViewScoped
public class LabelVerificationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LabelRights rights;

    private String query;
    private List<LabelView> results;

    public void search() {
        results = rights.search(query);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<LabelView> getResults() {
        return results;
    }
}
