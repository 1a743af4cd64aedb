package fr.catalogue.web.partner;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.partner.AttachmentKind;
import fr.catalogue.partner.PdfCheck;
import fr.catalogue.partner.Upload;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/** From PrimeFaces' uploaded files to the services' {@link Upload}s, and back for downloads. */
final class Uploads {

    private Uploads() {
    }

    /** The file as an upload, checked at once so that a wrong file is refused where it was chosen. */
    static Upload of(AttachmentKind kind, UploadedFile file, LocalDate validUntil, long maxBytes) {
        byte[] content = file.getContent();
        new PdfCheck(maxBytes).check("attachment." + kind.name(), file.getFileName(), file.getContentType(), content);
        return new Upload(kind, file.getFileName(), file.getContentType(), content, validUntil);
    }

    static StreamedContent download(fr.catalogue.partner.Document document) {
        return DefaultStreamedContent.builder()
                .name(document.fileName())
                .contentType(document.contentType())
                .contentLength((long) document.content().length)
                .stream(() -> new ByteArrayInputStream(document.content()))
                .build();
    }

    static InvalidInputException missingDate(AttachmentKind kind) {
        return new InvalidInputException("attachment." + kind.name(),
                "Indiquez d'abord la date de fin de validité de « " + kind.label() + " ».");
    }
}
