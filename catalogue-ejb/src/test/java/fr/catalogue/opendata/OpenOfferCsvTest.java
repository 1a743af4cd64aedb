package fr.catalogue.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The open data CSV: BOM, semicolons, quoting, and formulas defused. */
class OpenOfferCsvTest {

    @Test
    void plainCellsStayAsTheyAre() {
        assertEquals("Imprimante laser", OpenOfferCsv.cell("Imprimante laser"));
        assertEquals("", OpenOfferCsv.cell(null));
        assertEquals("", OpenOfferCsv.cell(""));
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"a;b\"", OpenOfferCsv.cell("a;b"));
        assertEquals("\"dit \"\"bonjour\"\"\"", OpenOfferCsv.cell("dit \"bonjour\""));
        assertEquals("\"ligne 1\nligne 2\"", OpenOfferCsv.cell("ligne 1\nligne 2"));
        assertEquals("\"a\r\nb\"", OpenOfferCsv.cell("a\r\nb"));
    }

    @Test
    void formulasAreDefused() {
        assertEquals("\"'=SUM(A1;A2)\"", OpenOfferCsv.cell("=SUM(A1;A2)"));
        assertEquals("'+33 1 23", OpenOfferCsv.cell("+33 1 23"));
        assertEquals("'-2", OpenOfferCsv.cell("-2"));
        assertEquals("'@cmd", OpenOfferCsv.cell("@cmd"));
        assertEquals("'\tx", OpenOfferCsv.cell("\tx"));
        assertEquals("a=b", OpenOfferCsv.cell("a=b"));
    }

    @Test
    void aFileStartsWithTheBomAndTheStableHeader() throws IOException {
        StringWriter out = new StringWriter();
        OpenOfferCsv.header(out);
        OpenOfferCsv.row(out, new OpenOffer(7, "PC; rapide", "Très bien", "PC_DESKTOP", "PC de bureau", "EQUIPMENT",
                new BigDecimal("1234.50"), 3, "=Partenaire", "EQUIPMENT_MAKER", "Rennes", "35000", "35",
                "https://exemple.fr", Instant.parse("2026-01-02T03:04:05Z"), null), "http://h/offre.xhtml?id=7");
        String[] lines = out.toString().split("\r\n");
        assertEquals('\uFEFF', lines[0].charAt(0));
        assertEquals("id;titre;description;categorie_code;categorie;famille;prix_ht_eur;partenaire_id;partenaire;"
                + "partenaire_type;ville;code_postal;departement;site_web;publiee_le;modifiee_le;url", lines[0].substring(1));
        assertEquals("7;\"PC; rapide\";Très bien;PC_DESKTOP;PC de bureau;EQUIPMENT;1234,50;3;'=Partenaire;"
                + "EQUIPMENT_MAKER;Rennes;35000;35;https://exemple.fr;2026-01-02T03:04:05Z;;http://h/offre.xhtml?id=7",
                lines[1]);
        assertTrue(out.toString().endsWith("\r\n"));
    }
}
