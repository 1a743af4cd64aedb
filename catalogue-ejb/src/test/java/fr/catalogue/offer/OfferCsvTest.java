package fr.catalogue.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ServiceCoverage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfferCsvTest {

    private final OfferCsv csv = new OfferCsv(3);

    @Test
    void readsEveryKindOfColumnWithSemicolons() {
        OfferCsv.Parsed parsed = csv.parse("""
                category;title;description;priceExclVat;links;attr:memory;price:travel;price:travel:unit;price:travel:description;service:backup
                PC_DESKTOP;Tour 16 Go;Un PC;1 249,90;https://a.example/1 https://a.example/2;16 Go;0,50;km;Déplacement;direct
                """);
        assertEquals(List.of(), parsed.errors());
        assertEquals(1, parsed.rows().size());
        OfferCsv.Row row = parsed.rows().get(0);
        assertEquals(2, row.line());
        OfferInput input = row.input();
        assertEquals("PC_DESKTOP", input.categoryCode());
        assertEquals("Tour 16 Go", input.title());
        assertEquals("Un PC", input.description());
        assertEquals(new BigDecimal("1249.90"), input.priceExclVat());
        assertEquals(List.of("https://a.example/1", "https://a.example/2"), input.links());
        assertEquals(Map.of("memory", "16 Go"), input.attributes());
        assertEquals(new PriceComponent(new BigDecimal("0.50"), "km", "Déplacement"), input.pricing().get("travel"));
        assertEquals(Map.of("backup", ServiceCoverage.DIRECT), input.services());
    }

    @Test
    void readsCommasQuotesAndAByteOrderMark() {
        OfferCsv.Parsed parsed = csv.parse("\uFEFFTitle,Category,priceExclVat,description\r\n"
                + "\"Imprimante, \"\"pro\"\"\",PRINTER,99.5,\"Deux\r\nlignes\"\r\n"
                + "Autre,PRINTER,10,Simple\r\n");
        assertEquals(List.of(), parsed.errors());
        assertEquals(2, parsed.rows().size());
        assertEquals("Imprimante, \"pro\"", parsed.rows().get(0).input().title());
        assertEquals("Deux\r\nlignes", parsed.rows().get(0).input().description());
        assertEquals(2, parsed.rows().get(0).line());
        // the quoted line break moves the next row to line 4, as an editor shows it
        assertEquals(4, parsed.rows().get(1).line());
        assertEquals(List.of(), parsed.rows().get(1).input().links());
    }

    @Test
    void emptyCellsAreNotStated() {
        OfferCsv.Parsed parsed = csv.parse("""
                category;title;description;priceExclVat;attr:memory;price:travel;price:travel:unit;service:backup
                PC_DESKTOP;;;;;;;
                """);
        assertEquals(List.of(), parsed.errors());
        OfferInput input = parsed.rows().get(0).input();
        assertNull(input.title());
        assertNull(input.priceExclVat());
        assertTrue(input.attributes().isEmpty());
        assertTrue(input.pricing().isEmpty());
        assertTrue(input.services().isEmpty());
    }

    @Test
    void aComponentWithoutAFigureHasANullAmount() {
        OfferCsv.Parsed parsed = csv.parse("""
                category;title;description;priceExclVat;price:install;price:install:description
                ADVISER;Conseil;Audit;450;;Sur devis
                """);
        assertEquals(new PriceComponent(null, null, "Sur devis"), parsed.rows().get(0).input().pricing().get("install"));
    }

    @Test
    void reportsEveryBadValueWithItsLineAndField() {
        OfferCsv.Parsed parsed = new OfferCsv(10).parse("""
                category;title;description;priceExclVat;price:travel;service:backup
                PC_DESKTOP;Bon;Bon;10;;
                PC_DESKTOP;Prix;Mauvais;dix euros;-2;
                
                PC_DESKTOP;Service;Mauvais;10;;parfois
                PC_DESKTOP;Colonnes;En trop;10;;;;
                """);
        assertEquals(List.of(
                new ImportError(3, "pricing.travel.amount", "« -2 » : un montant ne peut pas être négatif."),
                new ImportError(3, "priceExclVat", "« dix euros » n'est pas un montant en euros (par exemple 1234,50)."),
                new ImportError(5, "services.backup", "« parfois » : la couverture d'un service vaut DIRECT ou VIA_PARTNER."),
                new ImportError(6, null, "La ligne compte 8 colonne(s), l'en-tête 6 : vérifiez les séparateurs et les guillemets.")),
                parsed.errors());
        assertEquals(1, parsed.rows().size());
        assertEquals(2, parsed.rows().get(0).line());
    }

    @Test
    void reportsMissingUnknownAndRepeatedColumnsOnTheHeaderLine() {
        OfferCsv.Parsed parsed = csv.parse("""
                category;title;colour;Title;attr:;price:x:size
                PC_DESKTOP;A;B;C;D;E
                """);
        List<String> fields = parsed.errors().stream().map(ImportError::field).toList();
        assertEquals(List.of("colour", "Title", "attr:", "price:x:size", "description", "priceExclVat"), fields);
        assertTrue(parsed.errors().stream().allMatch(e -> e.line() == 1));
        assertTrue(parsed.rows().isEmpty());
    }

    @Test
    void reportsBrokenQuotingWithItsLine() {
        OfferCsv.Parsed parsed = csv.parse("""
                category,title,description,priceExclVat
                PRINTER,Bonne,Ligne,10
                PRINTER,"Mal" fermé,Ligne,10
                """);
        assertEquals(1, parsed.errors().size(), parsed.errors()::toString);
        assertEquals(3, parsed.errors().get(0).line());
        assertEquals(1, parsed.rows().size());
        OfferCsv.Parsed second = csv.parse("category,title,description,priceExclVat\n\"A\"B,PRINTER,C,1\n");
        assertEquals(2, second.errors().get(0).line());
    }

    @Test
    void refusesAnEmptyFileOrOneWithoutOffers() {
        assertEquals(1, csv.parse("").errors().size());
        assertEquals(1, csv.parse("\uFEFF  \n").errors().size());
        OfferCsv.Parsed headerOnly = csv.parse("category;title;description;priceExclVat\n");
        assertEquals(1, headerOnly.errors().size());
        assertNull(headerOnly.errors().get(0).line());
    }

    @Test
    void refusesMoreRowsThanAllowed() {
        String row = "PRINTER;A;B;1\n";
        String header = "category;title;description;priceExclVat\n";
        assertEquals(3, csv.parse(header + row + row + row).rows().size());
        assertThrows(OfferImportTooLarge.class, () -> csv.parse(header + row + row + row + row));
    }

    @Test
    void readsTheExampleOfTheGuide() throws Exception {
        String example = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/examples/offers-import.csv"));
        OfferCsv.Parsed parsed = csv.parse(example);
        assertEquals(List.of(), parsed.errors());
        assertEquals(List.of(2, 3), parsed.rows().stream().map(OfferCsv.Row::line).toList());
        OfferInput first = parsed.rows().get(0).input();
        assertEquals("USB; Ethernet", first.attributes().get("interfaces"));
        assertEquals(new BigDecimal("189.90"), first.priceExclVat());
        assertEquals(new PriceComponent(new BigDecimal("49"), "an", "Extension de garantie d'un an"),
                parsed.rows().get(1).input().pricing().get("warranty_cover"));
    }
}
