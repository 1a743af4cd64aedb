package fr.catalogue.opendata;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The CSV form of the open data file: UTF-8 with a byte order mark, {@code ;} separated, every
 * line ending in CRLF (RFC 4180), the columns of {@link #COLUMNS} in that order (a stable contract:
 * columns are only ever added at the end). Decimal comma for the price, so that a French
 * spreadsheet reads a number. A text cell a spreadsheet would take for a formula (starting with
 * {@code = + - @}, a tab or a carriage return) is defused by a leading apostrophe.
 */
public final class OpenOfferCsv {

    public static final char BOM = '\uFEFF';
    public static final List<String> COLUMNS = List.of("id", "titre", "description", "categorie_code", "categorie",
            "famille", "prix_ht_eur", "partenaire_id", "partenaire", "partenaire_type", "ville", "code_postal",
            "departement", "site_web", "publiee_le", "modifiee_le", "url");

    private OpenOfferCsv() {
    }

    /** The byte order mark and the header line. */
    public static void header(Writer out) throws IOException {
        out.write(BOM);
        out.write(String.join(";", COLUMNS));
        out.write("\r\n");
    }

    /**
     * One offer's line.
     *
     * @param offerUrl the absolute address of the offer's public page
     */
    public static void row(Writer out, OpenOffer offer, String offerUrl) throws IOException {
        out.write(String.join(";",
                String.valueOf(offer.id()),
                cell(offer.title()),
                cell(offer.description()),
                cell(offer.categoryCode()),
                cell(offer.categoryName()),
                cell(offer.family()),
                offer.priceExclVat() == null ? "" : offer.priceExclVat().toPlainString().replace('.', ','),
                String.valueOf(offer.partnerId()),
                cell(offer.partnerName()),
                cell(offer.partnerKind()),
                cell(offer.town()),
                cell(offer.postcode()),
                cell(offer.departmentCode()),
                cell(offer.website()),
                offer.publishedAt() == null ? "" : offer.publishedAt().toString(),
                offer.updatedAt() == null ? "" : offer.updatedAt().toString(),
                cell(offerUrl)));
        out.write("\r\n");
    }

    /** A text cell: defused if it could be read as a formula, quoted when it holds {@code ; " CR LF}. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = value;
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            text = "'" + text;
        }
        if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
