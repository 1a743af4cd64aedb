package fr.catalogue.contact;

import java.time.Instant;

/** One contact request as the partner's space lists it. */
public record ContactRow(long id, Instant createdAt, Long offerId, String offerTitle, String senderName,
        String senderEmail, String senderPhone, String senderCompany, String message, Instant handledAt,
        String handledBy) {

    public boolean handled() {
        return handledAt != null;
    }
}
