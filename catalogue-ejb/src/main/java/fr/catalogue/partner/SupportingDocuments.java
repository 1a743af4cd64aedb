package fr.catalogue.partner;

import fr.catalogue.common.InvalidInputException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The rules on supporting documents (R8), plain Java: PDF only, certificates still valid, none missing. */
final class SupportingDocuments {

    static final int MAX_FILES = 10;

    private SupportingDocuments() {
    }

    /**
     * Checks the files of an application or a profile.
     *
     * @param required the kinds that must be present
     * @throws InvalidInputException naming the field {@code attachment.KIND}
     */
    static void check(List<Upload> uploads, Set<AttachmentKind> required, PdfCheck pdf, LocalDate today) {
        if (uploads.size() > MAX_FILES) {
            throw new InvalidInputException("attachments", "Joignez au plus " + MAX_FILES + " documents.");
        }
        Set<AttachmentKind> present = EnumSet.noneOf(AttachmentKind.class);
        for (Upload upload : uploads) {
            String field = "attachment." + upload.kind().name();
            pdf.check(field, upload.fileName(), upload.contentType(), upload.content());
            if (upload.kind().expires()) {
                if (upload.validUntil() == null) {
                    throw new InvalidInputException(field, "Indiquez la date de fin de validité de « "
                            + upload.kind().label() + " ».");
                }
                if (upload.validUntil().isBefore(today)) {
                    throw new InvalidInputException(field, "« " + upload.kind().label()
                            + " » n'est plus valide : joignez une attestation en cours de validité.");
                }
            }
            present.add(upload.kind());
        }
        for (AttachmentKind kind : required) {
            if (!present.contains(kind)) {
                throw new InvalidInputException("attachment." + kind.name(), "Joignez « " + kind.label() + " » (PDF).");
            }
        }
    }
}
