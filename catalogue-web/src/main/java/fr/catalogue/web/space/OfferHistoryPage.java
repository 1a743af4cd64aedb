package fr.catalogue.web.space;

import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.offer.OfferEditing;
import fr.catalogue.offer.OfferVersionView;
import fr.catalogue.offer.OwnOffer;
import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.SpecificationRules;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The published versions of an offer with their periods ({@code /partner/historique.xhtml?id=…},
 * R14); {@code version=n} shows what version n said. Its owner's, or any for an administrator.
 */
@Named
@RequestScoped
public class OfferHistoryPage {

    /** One fact of a version, named as its specification named it (R13). */
    public record Fact(String label, String value) {
    }

    @Inject
    private OfferEditing editing;

    private String id;
    private String version;
    private OwnOffer offer;
    private List<OfferVersionView> versions = List.of();
    private OfferVersionView selected;
    private List<Fact> facts = List.of();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            long offerId = Long.parseLong(id == null ? "" : id.strip());
            offer = editing.get(offerId);
            versions = editing.history(offerId);
        } catch (ResourceNotFoundException | NumberFormatException e) {
            faces.getExternalContext().responseSendError(404, "Offre introuvable");
            faces.responseComplete();
            return;
        }
        if (version != null) {
            selected = versions.stream().filter(v -> String.valueOf(v.number()).equals(version.strip())).findFirst()
                    .orElse(null);
        }
        if (selected != null) {
            facts = factsOf(selected);
        }
    }

    private List<Fact> factsOf(OfferVersionView shown) {
        SpecificationRules rules = editing.rules(shown.content().categoryCode(), shown.specificationVersion()).orElse(null);
        List<Fact> list = new ArrayList<>();
        for (Map.Entry<String, String> attribute : shown.content().attributes().entrySet()) {
            list.add(new Fact(labelOf(rules, attribute.getKey()), attribute.getValue()));
        }
        for (Map.Entry<String, PriceComponent> price : shown.content().pricing().entrySet()) {
            PriceComponent component = price.getValue();
            String amount = component.amount() == null ? "" : component.isIncluded() ? "inclus"
                    : component.amount().toPlainString().replace('.', ',') + " € HT"
                            + (component.unit() == null ? "" : " / " + component.unit());
            list.add(new Fact(labelOf(rules, price.getKey()), amount
                    + (component.description() == null ? "" : (amount.isEmpty() ? "" : " — ") + component.description())));
        }
        shown.content().services().forEach((key, coverage) -> list.add(new Fact(key, coverage.label())));
        return list;
    }

    private static String labelOf(SpecificationRules rules, String key) {
        return rules == null ? key : rules.criterion(key).map(Criterion::label).orElse(key);
    }

    public String when(Instant instant) {
        return FrenchTimes.format(instant);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public OwnOffer getOffer() {
        return offer;
    }

    public List<OfferVersionView> getVersions() {
        return versions;
    }

    public OfferVersionView getSelected() {
        return selected;
    }

    public List<Fact> getFacts() {
        return facts;
    }
}
