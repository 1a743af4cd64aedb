package fr.catalogue.web.contact;

import fr.catalogue.contact.RatingSummary;
import fr.catalogue.contact.Ratings;
import fr.catalogue.contact.ViewStatistics;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The contact block of the offer page ({@code /WEB-INF/includes/offer-contact.xhtml}, R24): the
 * rating summary of the offer's partner, and the counting of the offer's views (not on postbacks).
 */
@Named
@RequestScoped
public class OfferContact {

    @Inject
    private Ratings ratings;

    @Inject
    private ViewStatistics statistics;

    private final Map<Long, RatingSummary> summaries = new HashMap<>();
    private final Set<Long> counted = new HashSet<>();

    /** The partner's rating summary, read once per request. */
    public RatingSummary summary(long partnerId) {
        return summaries.computeIfAbsent(partnerId, ratings::summaryOf);
    }

    /** The preRenderView listener: counts one view of the offer, once per GET request. */
    public void countView(long offerId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() || !counted.add(offerId)) {
            return;
        }
        statistics.countOfferView(offerId, Requests.userAgent(faces));
    }
}
