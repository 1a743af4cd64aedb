package fr.catalogue.web.contact;

import fr.catalogue.contact.PartnerStatistics;
import fr.catalogue.contact.ViewStatistics;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A partner's statistics ({@code /partner/statistiques.xhtml}, R24): the last twelve months. */
@Named
@RequestScoped
public class StatisticsPage {

    @Inject
    private ViewStatistics statistics;

    private PartnerStatistics stats;

    public void load() {
        stats = statistics.ownStatistics();
    }

    public PartnerStatistics getStats() {
        return stats;
    }
}
