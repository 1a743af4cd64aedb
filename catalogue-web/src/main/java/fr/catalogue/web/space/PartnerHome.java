package fr.catalogue.web.space;

import fr.catalogue.partner.PartnerMessages;
import fr.catalogue.partner.PartnerNotification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A partner's landing page: its messages; its own offers are {@link OfferList}'s (the services
 * decide whose).
 */
@Named
@RequestScoped
public class PartnerHome {

    @Inject
    private PartnerMessages messages;

    private List<PartnerNotification> notifications;

    public void load() {
        notifications = messages.findOwn();
    }

    public List<PartnerNotification> getNotifications() {
        return notifications;
    }

    /** A message's date as seen in France. */
    public LocalDate dayOf(PartnerNotification notification) {
        return notification.getCreatedAt().atZone(ZoneId.of("Europe/Paris")).toLocalDate();
    }
}
