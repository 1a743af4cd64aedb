package fr.catalogue.web.label;

import fr.catalogue.label.NoticeLetter;
import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A notice's PDF letter as a download. */
final class Letters {

    private Letters() {
    }

    static StreamedContent download(long noticeId, byte[] pdf) {
        return DefaultStreamedContent.builder()
                .name(NoticeLetter.fileName(noticeId))
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }
}
