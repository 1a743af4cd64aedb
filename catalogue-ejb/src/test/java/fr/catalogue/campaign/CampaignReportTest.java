package fr.catalogue.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.catalogue.label.NoticeItem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignReportTest {

    private static final Instant OPENED = Instant.parse("2026-11-02T05:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-11-20T14:30:00Z");

    private static CampaignReport.Content content() {
        CampaignRow campaign = new CampaignRow(7, "2026-11", "novembre – décembre 2026", CampaignStatus.CLOSED, OPENED,
                "système", DECIDED, "relecteur", 3, 0, 2, 1, 4);
        List<FindingRow> findings = List.of(
                new FindingRow(1, 1, 10, "Informatique Armor; SARL", 100L, "PC \"Pro\"", "PC de bureau",
                        FindingKind.SPECIFICATION, FindingSource.AUTOMATIC, FindingStatus.CONFIRMED,
                        "Non conforme à la version 2 ; critères en défaut : ram_gb", "relecteur", DECIDED, null, 55L),
                new FindingRow(2, 1, 10, "Informatique Armor; SARL", null, null, null, FindingKind.PRICE,
                        FindingSource.MANUAL, FindingStatus.CONFIRMED, "=HYPERLINK(\"x\")", "relecteur", DECIDED,
                        "vu sur le site", 55L),
                new FindingRow(3, 1, 11, "Bretagne Réseaux", 101L, "Borne Wi-Fi", "Réseau sans fil",
                        FindingKind.TWO_CLICK, FindingSource.AUTOMATIC, FindingStatus.DISMISSED, "Retour introuvable",
                        "relecteur", DECIDED, null, null));
        List<CategoryConformity> conformity = List.of(new CategoryConformity("PC_DESKTOP", "PC de bureau", 2, 1),
                new CategoryConformity("NETWORK_LAN_WIFI", "Réseau sans fil", 1, 1));
        return new CampaignReport.Content(campaign, conformity, findings, DECIDED);
    }

    @Test
    void writesOneCsvLinePerFindingThenTheConformityPerCategory() {
        String csv = new String(CampaignReport.csv(content()), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFPartenaire;N° partenaire;N° offre;Offre;"), csv);
        String[] lines = csv.substring(1).split("\r\n");
        assertEquals("\"Informatique Armor; SARL\";10;100;\"PC \"\"Pro\"\"\";PC de bureau;"
                + "Non-conformité au cahier des charges;Contrôle automatique;"
                + "\"Non conforme à la version 2 ; critères en défaut : ram_gb\";Confirmé;relecteur;20/11/2026 15:30;;55",
                lines[1]);
        assertTrue(lines[2].contains(";\"'=HYPERLINK(\"\"x\"\")\";"), "a formula is defused: " + lines[2]);
        assertEquals("", lines[4]);
        assertEquals("Catégorie;Offres contrôlées;Offres conformes;Taux de conformité (%)", lines[5]);
        assertEquals("PC de bureau;2;1;50,0", lines[6]);
        assertEquals("Réseau sans fil;1;1;100,0", lines[7]);
    }

    @Test
    void writesAPdfWithTheSummaryTheConformityAndTheFindingsByPartner() throws Exception {
        byte[] pdf = CampaignReport.pdf(content());
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("Campagne de revue — novembre – décembre 2026"), text);
        assertTrue(text.contains("3 offres publiées contrôlées"), text);
        assertTrue(text.contains("50,0 %"), text);
        assertTrue(text.contains("Informatique Armor; SARL (n° 10)"), text);
        assertTrue(text.contains("Bretagne Réseaux (n° 11)"), text);
        assertTrue(text.contains("vu sur le site"), text);
        assertEquals("campagne-2026-11.pdf", CampaignReport.fileName(content().campaign(), "pdf"));
    }

    @Test
    void theConformityRateIsNeverAHundredWhileOneOfferFails() {
        assertEquals("99,9", new CategoryConformity("PC", "PC", 10_000, 9_999).rateText());
        assertEquals("100,0", new CategoryConformity("PC", "PC", 3, 3).rateText());
        assertEquals("66,7", new CategoryConformity("PC", "PC", 3, 2).rateText());
        assertEquals("0,0", new CategoryConformity("PC", "PC", 3, 0).rateText());
        assertEquals("—", new CategoryConformity("PC", "PC", 0, 0).rateText());
    }

    @Test
    void aNoticeItemSaysTheOfferTheFindingAndTheChangeRequired() {
        Finding finding = Finding.manual(7, 10, 100L, FindingKind.PRICE, "Site : 99 € HT ; catalogue : 120 € HT",
                FindingSource.MANUAL, "relecteur", OPENED);
        finding.decide(FindingStatus.CONFIRMED, 0, "relecteur", DECIDED, "capture du 20/11");
        NoticeItem item = Campaigns.noticeItem(finding, "PC Pro");
        assertEquals(100L, item.offerId());
        assertEquals("PRICE", item.kind());
        assertEquals("« PC Pro » — Prix différent de celui du site du partenaire : Site : 99 € HT ; catalogue : 120 € HT"
                + " (capture du 20/11)", item.text());
        assertEquals(FindingKind.PRICE.requiredChange(), item.requiredChange());
    }
}
