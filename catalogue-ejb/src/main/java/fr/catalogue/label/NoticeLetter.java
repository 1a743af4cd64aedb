package fr.catalogue.label;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.catalogue.common.FrenchDates;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The letter a notice is (R18): who is warned, the findings and the changes required, and the
 * rule of the fifteen days. A plain class: it writes a PDF from values, nothing else.
 */
public final class NoticeLetter {

    /** Letters are dated in France. */
    static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);

    /**
     * What the letter says.
     *
     * @param presumedReceiptDays after how many days without acknowledgement the letter is presumed received
     * @param spaceUrl the partner space's address, where it acknowledges and answers
     */
    public record Content(long noticeId, String partnerName, String partnerAddress, Instant sentAt,
            List<NoticeItem> items, int presumedReceiptDays, String spaceUrl) {
    }

    private NoticeLetter() {
    }

    /** The PDF of the letter. */
    public static byte[] write(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Avertissement n° " + content.noticeId());
            document.addAuthor("Ministère — label TPE");
            document.open();
            document.add(new Paragraph("Ministère — label des offres TIC pour les TPE", SMALL));
            document.add(new Paragraph(content.partnerName(), BOLD));
            if (content.partnerAddress() != null && !content.partnerAddress().isBlank()) {
                document.add(new Paragraph(content.partnerAddress(), TEXT));
            }
            Paragraph date = new Paragraph("Le " + FrenchDates.format(content.sentAt().atZone(FRANCE).toLocalDate()), TEXT);
            date.setAlignment(Element.ALIGN_RIGHT);
            document.add(date);
            Paragraph title = new Paragraph("Avertissement n° " + content.noticeId(), TITLE);
            title.setSpacingBefore(18);
            title.setSpacingAfter(12);
            document.add(title);
            document.add(new Paragraph("""
                    Madame, Monsieur,

                    La revue bimestrielle des offres du label a relevé les manquements ci-dessous aux conditions \
                    d'utilisation et aux cahiers des charges. Nous vous demandons d'apporter les corrections \
                    indiquées.""", TEXT));
            document.add(itemsTable(content.items()));
            document.add(new Paragraph("""
                    Vous disposez de quinze jours à compter de la réception de ce courrier pour corriger. \
                    La réception est celle que vous confirmez dans votre espace partenaire ou, à défaut, elle \
                    est présumée %d jours après l'envoi. Passé ce délai sans correction acceptée, le droit \
                    d'usage du nom et du logo vous est retiré de plein droit et vos offres quittent le catalogue."""
                    .formatted(content.presumedReceiptDays()), TEXT));
            Paragraph space = new Paragraph();
            space.setSpacingBefore(10);
            space.add(new Chunk("Accusez réception et répondez dans votre espace : ", TEXT));
            space.add(new Chunk(content.spaceUrl(), BOLD));
            document.add(space);
            Paragraph signature = new Paragraph("Le Ministère, pour le label", TEXT);
            signature.setSpacingBefore(24);
            document.add(signature);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the letter of notice " + content.noticeId(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable itemsTable(List<NoticeItem> items) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {0.5f, 3.2f, 3.2f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setSpacingAfter(12);
        table.setHeaderRows(1);
        for (String header : List.of("N°", "Manquement relevé", "Correction demandée")) {
            table.addCell(new PdfPCell(new Phrase(header, BOLD)));
        }
        int number = 1;
        for (NoticeItem item : items) {
            table.addCell(new PdfPCell(new Phrase(Integer.toString(number++), TEXT)));
            String offer = item.offerId() == null ? "" : "Offre n° " + item.offerId() + " — ";
            table.addCell(new PdfPCell(new Phrase(offer + item.text(), TEXT)));
            table.addCell(new PdfPCell(new Phrase(item.requiredChange(), TEXT)));
        }
        return table;
    }

    /** The letter's file name for a download. */
    public static String fileName(long noticeId) {
        return "avertissement-" + noticeId + ".pdf";
    }
}
