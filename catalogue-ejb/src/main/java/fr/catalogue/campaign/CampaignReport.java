package fr.catalogue.campaign;

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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The report of one review campaign (R17), for the Ministry's records: its findings partner by
 * partner and offer by offer, with their decisions, and the conformity of the offers it took per
 * category. A plain class: it writes a CSV or a PDF from values, nothing else.
 */
public final class CampaignReport {

    /** Dates and times of the report are French. */
    static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE)
            .withZone(FRANCE);
    private static final char SEPARATOR = ';';

    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 8, Font.NORMAL);

    /** What the report says. */
    public record Content(CampaignRow campaign, List<CategoryConformity> conformity, List<FindingRow> findings,
            Instant generatedAt) {

        public Content {
            Objects.requireNonNull(campaign);
            conformity = List.copyOf(conformity);
            findings = List.copyOf(findings);
            Objects.requireNonNull(generatedAt);
        }
    }

    private CampaignReport() {
    }

    /**
     * The CSV (UTF-8 with a byte order mark, {@code ;}-separated, as spreadsheets in France open it):
     * one line per finding, then, after a blank line, one line per category.
     */
    public static byte[] csv(Content content) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, "Partenaire", "N° partenaire", "N° offre", "Offre", "Catégorie", "Constat", "Origine", "Détail",
                "Décision", "Décidé par", "Décidé le", "Note", "N° avertissement");
        for (FindingRow row : content.findings()) {
            line(out, row.partnerName(), String.valueOf(row.partnerId()), text(row.offerId()), row.offerTitle(),
                    row.categoryName(), row.kind().label(), row.source().label(), row.detail(), row.status().label(),
                    row.decidedBy(), row.decidedAt() == null ? null : DATE_TIME.format(row.decidedAt()), row.note(),
                    text(row.noticeId()));
        }
        out.append("\r\n");
        line(out, "Catégorie", "Offres contrôlées", "Offres conformes", "Taux de conformité (%)");
        for (CategoryConformity category : content.conformity()) {
            line(out, category.categoryName(), String.valueOf(category.offers()), String.valueOf(category.conforming()),
                    category.rateText());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The PDF: a summary, the conformity per category, then the findings partner by partner. */
    public static byte[] pdf(Content content) {
        CampaignRow campaign = content.campaign();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Campagne de revue " + campaign.period());
            document.addAuthor("Ministère — label TPE");
            document.open();
            document.add(new Paragraph("Campagne de revue — " + campaign.periodLabel(), TITLE));
            document.add(new Paragraph("Ouverte le " + DATE_TIME.format(campaign.openedAt()) + " par " + campaign.openedBy()
                    + (campaign.closedAt() == null ? " — en cours"
                            : " ; clôturée le " + DATE_TIME.format(campaign.closedAt()) + " par " + campaign.closedBy())
                    + ". Rapport établi le " + DATE_TIME.format(content.generatedAt()) + ".", TEXT));
            document.add(new Paragraph(campaign.offerCount() + " offres publiées contrôlées ; " + campaign.findings()
                    + " constats : " + campaign.confirmed() + " confirmés, " + campaign.dismissed() + " écartés, "
                    + campaign.pending() + " à traiter.", TEXT));

            document.add(heading("Conformité par catégorie"));
            PdfPTable conformity = table(new float[] {4f, 1f, 1f, 1f}, "Catégorie", "Offres", "Conformes", "Taux");
            for (CategoryConformity category : content.conformity()) {
                cells(conformity, category.categoryName(), String.valueOf(category.offers()),
                        String.valueOf(category.conforming()), category.rateText() + " %");
            }
            document.add(conformity);

            document.add(heading("Constats par partenaire"));
            PdfPTable findings = table(new float[] {2.4f, 1.6f, 4.4f, 1.1f, 1.6f, 0.8f}, "Offre", "Constat", "Détail",
                    "Décision", "Décidé par", "Avert.");
            Long partner = null;
            for (FindingRow row : content.findings()) {
                if (!Objects.equals(partner, row.partnerId())) {
                    partner = row.partnerId();
                    PdfPCell name = new PdfPCell(new Phrase(row.partnerName() + " (n° " + row.partnerId() + ")", BOLD));
                    name.setColspan(6);
                    name.setGrayFill(0.92f);
                    findings.addCell(name);
                }
                cells(findings, row.offerId() == null ? "(le partenaire)" : row.offerTitle() + " (n° " + row.offerId() + ")",
                        row.kind().label() + " — " + row.source().label(), row.detail()
                                + (row.note() == null ? "" : "\nNote : " + row.note()),
                        row.status().label(), row.decidedBy() == null ? "" : row.decidedBy()
                                + (row.decidedAt() == null ? "" : "\n" + DATE_TIME.format(row.decidedAt())),
                        text(row.noticeId()));
            }
            if (content.findings().isEmpty()) {
                PdfPCell none = new PdfPCell(new Phrase("Aucun constat.", TEXT));
                none.setColspan(6);
                findings.addCell(none);
            }
            document.add(findings);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the report of campaign " + campaign.period(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** The report's file name, e.g. {@code campagne-2026-11.csv}. */
    public static String fileName(CampaignRow campaign, String extension) {
        return "campagne-" + campaign.period() + "." + extension;
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(6);
        return heading;
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, BOLD));
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, TEXT)));
        }
    }

    private static String text(Long value) {
        return value == null ? null : String.valueOf(value);
    }

    private static void line(StringBuilder out, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(quoted(values[i]));
        }
        out.append("\r\n");
    }

    /** A CSV value, quoted when it holds the separator, a quote or a line break; formulas defused. */
    static String quoted(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(SEPARATOR) < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
