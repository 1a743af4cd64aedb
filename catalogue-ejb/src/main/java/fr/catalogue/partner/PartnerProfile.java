package fr.catalogue.partner;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A partner's profile as its page shows and edits it (R8). {@code company} and {@code competence}
 * are fresh forms holding the current values; {@code version} is to be handed back on update.
 */
public record PartnerProfile(long id, long version, String name, PartnerKind kind, CompanyForm company,
        CompetenceProfileForm competence, Set<String> categories, List<AttachmentInfo> documents, Instant updatedAt) {
}
