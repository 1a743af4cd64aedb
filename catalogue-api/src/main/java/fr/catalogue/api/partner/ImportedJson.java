package fr.catalogue.api.partner;

import java.util.List;

/** What an import created: that many drafts, with their ids in the order of the file. */
public record ImportedJson(int imported, List<Long> offers) {
}
