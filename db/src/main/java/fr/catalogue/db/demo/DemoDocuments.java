package fr.catalogue.db.demo;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.catalogue.charter.CharterFileCheck;
import fr.catalogue.charter.DocumentKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The demo charter documents (R21, R23): the terms of use in force as a PDF, a short graphic
 * charter, and an SVG logo for each of the four captions, each passed through the application's
 * own {@link CharterFileCheck} so that the demo holds only files an administrator could upload.
 */
final class DemoDocuments {

    private static final CharterFileCheck CHECK = new CharterFileCheck(10L * 1024 * 1024);
    private static final List<String[]> CAPTIONS = List.of(
            new String[] {"OFFER", "offre référencée"},
            new String[] {"EQUIPMENT", "équipement référencé"},
            new String[] {"COMPETENCE_CENTRE", "centre de compétence TPE"},
            new String[] {"ADVISER", "conseiller informatique et Télécoms TPE"});

    private DemoDocuments() {
    }

    static void insert(Connection connection, Instant now, String admin) throws SQLException {
        String[] terms = termsInForce(connection);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO charter_document (kind, caption, title, version, file_name, content_type, size_bytes, sha256,
                    content, uploaded_by, uploaded_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)""")) {
            add(insert, DocumentKind.TERMS, null, terms[0], "conditions-utilisation.pdf",
                    pdf(terms[0], terms[1].split("\\R\\s*\\R|\\R")), admin, now);
            add(insert, DocumentKind.GRAPHIC_CHARTER, null, "Charte graphique du logo", "charte-graphique.pdf",
                    pdf("Charte graphique du logo « Entrepreneurs, faites le choix de l'économie numérique »",
                            GRAPHIC_CHARTER), admin, now);
            for (String[] caption : CAPTIONS) {
                add(insert, DocumentKind.LOGO, caption[0], "Logo « " + caption[1] + " »",
                        "logo-" + caption[0].toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".svg",
                        svg(caption[1]), admin, now);
            }
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, DocumentKind kind, String caption, String title, String fileName,
            byte[] content, String admin, Instant now) throws SQLException {
        CharterFileCheck.CheckedFile file = CHECK.check(kind, fileName, content);
        insert.setString(1, kind.name());
        insert.setString(2, caption);
        insert.setString(3, title.length() > 200 ? title.substring(0, 199) + "…" : title);
        insert.setString(4, file.fileName());
        insert.setString(5, file.type().contentType());
        insert.setLong(6, content.length);
        insert.setString(7, file.sha256());
        insert.setBytes(8, content);
        insert.setString(9, admin);
        insert.setTimestamp(10, Timestamp.from(now));
        insert.addBatch();
    }

    private static String[] termsInForce(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT title, body FROM terms_version ORDER BY in_force_from DESC, number DESC LIMIT 1");
             ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return new String[] {"Conditions générales d'utilisation", "Aucune version des conditions n'est en vigueur."};
            }
            return new String[] {row.getString(1), row.getString(2)};
        }
    }

    static byte[] pdf(String title, String... paragraphs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(title, new Font(Font.HELVETICA, 15, Font.BOLD)));
            Font body = new Font(Font.HELVETICA, 10);
            for (String text : paragraphs) {
                if (!text.isBlank()) {
                    Paragraph paragraph = new Paragraph(text.strip(), body);
                    paragraph.setSpacingBefore(6);
                    document.add(paragraph);
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the demo PDF: " + e.getMessage(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    static byte[] svg(String caption) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="480" height="160" viewBox="0 0 480 160" role="img">
                  <title>Entrepreneurs, faites le choix de l'économie numérique — %s</title>
                  <rect width="480" height="160" rx="12" fill="#003189"/>
                  <circle cx="80" cy="80" r="48" fill="#ffffff"/>
                  <path d="M56 84 l16 16 l32 -40" stroke="#e1000f" stroke-width="10" fill="none"/>
                  <text x="150" y="70" font-family="Marianne, Arial, sans-serif" font-size="22" fill="#ffffff">Entrepreneurs, faites le choix</text>
                  <text x="150" y="98" font-family="Marianne, Arial, sans-serif" font-size="22" fill="#ffffff">de l'économie numérique</text>
                  <text x="150" y="132" font-family="Marianne, Arial, sans-serif" font-size="16" font-style="italic" fill="#ffdd00">%s</text>
                </svg>
                """.formatted(caption, caption)).getBytes(StandardCharsets.UTF_8);
    }

    private static final String[] GRAPHIC_CHARTER = {
        "Le logo s'emploie tel qu'il est fourni, avec la mention qui correspond au type d'offre du partenaire : "
                + "« offre référencée », « équipement référencé », « centre de compétence TPE » ou "
                + "« conseiller informatique et Télécoms TPE ».",
        "Toute modification, ajout (autre que le logo du partenaire lui-même) ou suppression d'un élément du logo met "
                + "fin au droit d'usage, sauf autorisation du ministère. Les adaptations dues aux contraintes techniques "
                + "d'un support (SMS, radio…) sont permises.",
        "Chaque fichier est publié avec son empreinte SHA-256 : chacun peut vérifier qu'il n'a pas été altéré.",
        "Le droit d'usage prend fin au plus tard à la date de fin de l'opération, ou dès son retrait."};
}
