package fr.catalogue.opendata;

import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The change feed as Atom 1.0 (RFC 4287): a feed id, title, updated and author, a link to itself
 * and to the open data page; one entry per change with a stable id, a title, an updated date, a
 * link to the offer's public page and a summary. Every address is absolute, from the catalogue's
 * public address.
 */
public final class AtomFeed {

    public static final String MEDIA_TYPE = "application/atom+xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /**
     * Writes the feed.
     *
     * @param publicUrl the catalogue's public address, ending with {@code /}
     * @param changes newest first
     * @param now when the feed is written: its {@code updated} when there is no change
     */
    public static void write(Writer out, String publicUrl, List<OfferChange> changes, Instant now) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "fr");
            element(xml, "id", publicUrl + "api/v1/opendata/feed.atom");
            element(xml, "title", "Catalogue : offres ajoutées, modifiées et retirées");
            element(xml, "subtitle", "Les changements du catalogue public des offres labellisées, "
                    + "sous Licence Ouverte / Open Licence 2.0.");
            element(xml, "updated", date(changes.isEmpty() ? now : changes.get(0).at()));
            link(xml, "self", publicUrl + "api/v1/opendata/feed.atom", MEDIA_TYPE);
            link(xml, "alternate", publicUrl + "donnees-ouvertes.xhtml", "text/html");
            xml.writeStartElement("author");
            element(xml, "name", "Le Catalogue");
            element(xml, "uri", publicUrl);
            xml.writeEndElement();
            element(xml, "rights", "Licence Ouverte / Open Licence 2.0 (Etalab)");
            for (OfferChange change : changes) {
                String offerUrl = publicUrl + "offre.xhtml?id=" + change.offerId();
                xml.writeStartElement("entry");
                element(xml, "id", offerUrl + "#" + change.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')
                        + "-" + change.ref());
                element(xml, "title", change.kind().label() + " : " + change.title());
                element(xml, "updated", date(change.at()));
                link(xml, "alternate", offerUrl, "text/html");
                xml.writeStartElement("category");
                xml.writeAttribute("term", change.kind().name());
                xml.writeAttribute("label", change.kind().label());
                xml.writeEndElement();
                element(xml, "summary", change.kind().label() + " — « " + change.title() + " » ("
                        + change.categoryName() + ") de " + change.partnerName() + ", version " + change.number() + ".");
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The change feed could not be written", e);
        }
    }

    /** An RFC 3339 date, to the second. */
    static String date(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
