package fr.catalogue.charter;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Whether an SVG logo is safe to hand out from our address: a well-formed SVG document (root
 * {@code svg} in the SVG namespace) with no document type (so no entities, internal or external),
 * no script, no event handler attribute, no embedded foreign content, no animation (which can
 * rewrite a link), no external style sheet, and no reference outside the file itself (every
 * {@code href} and every CSS {@code url(...)} must point inside it, {@code #id}). An SVG that fails
 * is refused rather than cleaned: a logo is the Ministry's own file and must come out as it went
 * in, so that its SHA-256 proves it unaltered (R19).
 */
public final class SvgCheck {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object",
            "handler", "listener", "set", "animate", "animatemotion", "animatetransform", "animatecolor", "discard");
    // url( followed by anything but a reference inside the document
    private static final Pattern EXTERNAL_URL = Pattern.compile("url\\(\\s*['\"]?\\s*(?!#)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_URL = Pattern.compile("(java|vb)script\\s*:|@import|expression\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    private SvgCheck() {
    }

    /** Whether the bytes look like an XML document at all (the first thing in them is a tag). */
    static boolean looksLikeXml(byte[] content) {
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && content[i] == '<';
    }

    /**
     * Why the document is not a safe SVG, in French, or empty when it is one.
     *
     * @return {@code Optional.empty()} for a safe SVG
     */
    public static Optional<String> problem(byte[] content) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            boolean root = true;
            boolean inStyle = false;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        return Optional.of("il déclare un type de document (DOCTYPE), refusé pour un logo");
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        return Optional.of("il utilise des entités XML");
                    }
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                        return Optional.of("il contient une instruction de traitement (« " + reader.getPITarget() + " »)");
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = reader.getLocalName();
                        if (root) {
                            if (!"svg".equals(name) || !SVG_NAMESPACE.equals(reader.getNamespaceURI())) {
                                return Optional.of("ce n'est pas un document SVG (élément racine « svg » attendu)");
                            }
                            root = false;
                        }
                        String lower = name.toLowerCase(Locale.ROOT);
                        if (FORBIDDEN_ELEMENTS.contains(lower)) {
                            return Optional.of("il contient l'élément « " + name + " » (script, contenu externe ou animation)");
                        }
                        Optional<String> attribute = attributeProblem(reader);
                        if (attribute.isPresent()) {
                            return attribute;
                        }
                        inStyle = "style".equals(lower);
                    }
                    case XMLStreamConstants.END_ELEMENT -> inStyle = false;
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (inStyle) {
                            Optional<String> css = cssProblem(reader.getText());
                            if (css.isPresent()) {
                                return css;
                            }
                        }
                    }
                    default -> {
                        // comments, spaces and the end of the document are harmless
                    }
                }
            }
            return root ? Optional.of("le document est vide") : Optional.empty();
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.of("ce n'est pas un document SVG bien formé");
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release beyond the byte array
                }
            }
        }
    }

    private static Optional<String> attributeProblem(XMLStreamReader reader) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String name = reader.getAttributeLocalName(i).toLowerCase(Locale.ROOT);
            String value = reader.getAttributeValue(i).strip();
            if (name.startsWith("on")) {
                return Optional.of("il contient un gestionnaire d'événement (« " + reader.getAttributeLocalName(i) + " »)");
            }
            if (("href".equals(name) || "src".equals(name)) && !value.startsWith("#")) {
                return Optional.of("il fait référence à un contenu extérieur (« " + abbreviate(value) + " »)");
            }
            if (XMLConstants.XML_NS_URI.equals(reader.getAttributeNamespace(i)) && "base".equals(name)) {
                return Optional.of("il change l'adresse de base des références (xml:base)");
            }
            Optional<String> css = cssProblem(value);
            if (css.isPresent()) {
                return css;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> cssProblem(String text) {
        if (SCRIPT_URL.matcher(text).find()) {
            return Optional.of("il contient un script ou une feuille de style extérieure");
        }
        if (EXTERNAL_URL.matcher(text).find()) {
            return Optional.of("il fait référence à un contenu extérieur (url(...))");
        }
        return Optional.empty();
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
