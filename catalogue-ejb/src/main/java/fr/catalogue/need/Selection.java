package fr.catalogue.need;

import fr.catalogue.geo.Place;
import fr.catalogue.geo.ProviderCard;
import fr.catalogue.search.OfferHit;
import java.time.Instant;
import java.util.List;

/**
 * What the catalogue proposes for a need (R28): the answers, where the business is, for each need
 * stated the offers that fit it (nearest providers first), and the competence centres and advisers
 * nearby. Computed afresh at each visit, so it follows the catalogue and the changed answers.
 */
public record Selection(NeedAnswers answers, Place place, Instant createdAt, Instant updatedAt,
                        List<Part> parts, List<ProviderCard> providers) {

    /** One need and the offers fitting it. */
    public record Part(NeedItem need, List<OfferHit> offers) {
        public Part {
            offers = List.copyOf(offers);
        }
    }

    public Selection {
        parts = List.copyOf(parts);
        providers = List.copyOf(providers);
    }
}
