package fr.catalogue.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The change feed is Atom 1.0 with what RFC 4287 requires of a feed and its entries. */
class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String child(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    @Test
    void aFeedWithEntriesNewestFirst() throws Exception {
        StringWriter out = new StringWriter();
        AtomFeed.write(out, "https://catalogue.example/", List.of(
                new OfferChange(ChangeKind.WITHDRAWN, 12, 5, 2, Instant.parse("2026-03-02T10:00:00.123Z"),
                        "Box <fibre> & co", "Accès à Internet", "Opérateur A"),
                new OfferChange(ChangeKind.ADDED, 11, 6, 1, Instant.parse("2026-03-01T09:00:00Z"), "PC",
                        "PC de bureau", "Fabricant B")), Instant.parse("2026-03-05T00:00:00Z"));
        Document feed = parse(out.toString());
        Element root = feed.getDocumentElement();
        assertEquals("feed", root.getLocalName());
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("https://catalogue.example/api/v1/opendata/feed.atom", child(root, "id"));
        assertEquals("2026-03-02T10:00:00Z", root.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent());
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(2, entries.getLength());
        Element first = (Element) entries.item(0);
        assertEquals("https://catalogue.example/offre.xhtml?id=5#withdrawn-12", child(first, "id"));
        assertEquals("Offre retirée : Box <fibre> & co", child(first, "title"));
        assertEquals("https://catalogue.example/offre.xhtml?id=5",
                ((Element) first.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"));
        assertEquals("https://catalogue.example/offre.xhtml?id=6#added-11", child((Element) entries.item(1), "id"));
    }

    @Test
    void anEmptyFeedIsUpdatedNow() throws Exception {
        StringWriter out = new StringWriter();
        AtomFeed.write(out, "https://catalogue.example/", List.of(), Instant.parse("2026-03-05T00:00:00Z"));
        Element root = parse(out.toString()).getDocumentElement();
        assertEquals("2026-03-05T00:00:00Z", child(root, "updated"));
        assertEquals(0, root.getElementsByTagNameNS(ATOM, "entry").getLength());
        assertEquals("Le Catalogue", child((Element) root.getElementsByTagNameNS(ATOM, "author").item(0), "name"));
    }
}
