package fr.catalogue.common;

import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/**
 * Free text written by partners (offer descriptions, profiles) made safe to show. {@link #sanitize}
 * keeps a small allow-list of HTML, built on the OWASP Java HTML Sanitizer: paragraphs, line breaks,
 * bold and italics, lists, and {@code https} links (opened with {@code rel="nofollow noopener
 * noreferrer"}); everything else (scripts, styles, event handlers, {@code javascript:} and
 * {@code data:} URLs, images, forms, frames) is removed. Pages show the sanitized HTML with
 * {@code escape="false"} only; any other text is shown escaped (Facelets' default).
 * {@link #plainText} gives the text alone, for e-mails and search.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "b", "strong", "i", "em", "ul", "ol", "li", "a")
            .allowUrlProtocols("https")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    /** Elements whose content is not text a reader sees. */
    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "noembed", "noframes", "xmp", "title", "head", "select", "textarea", "svg", "math");
    /** Elements after which the text goes on on a new line. */
    private static final Set<String> BLOCKS = Set.of("p", "br", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6",
            "tr", "ul", "ol", "blockquote", "pre", "section", "article", "dd", "dt");

    private RichText() {
    }

    /** HTML safe to show as is; {@code null} and blank give "". */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(html).strip();
    }

    /**
     * The text of some HTML without any markup (entities decoded, one line per paragraph or list
     * item, spaces collapsed): to be escaped again wherever it is shown as HTML.
     */
    public static String plainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        HtmlSanitizer.sanitize(html, new HtmlSanitizer.Policy() {
            private int hidden;

            @Override
            public void openDocument() {
            }

            @Override
            public void closeDocument() {
            }

            @Override
            public void openTag(String element, List<String> attributes) {
                if (HIDDEN.contains(element)) {
                    hidden++;
                } else if ("br".equals(element) || "li".equals(element) || "p".equals(element)) {
                    text.append('\n');
                }
            }

            @Override
            public void closeTag(String element) {
                if (HIDDEN.contains(element)) {
                    hidden = Math.max(0, hidden - 1);
                } else if (BLOCKS.contains(element)) {
                    text.append('\n');
                }
            }

            @Override
            public void text(String chunk) {
                if (hidden == 0) {
                    text.append(chunk);
                }
            }
        });
        return tidy(text.toString());
    }

    private static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String collapsed = line.replaceAll("[\\s\\u00A0&&[^\\n]]+", " ").strip();
            if (!collapsed.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(collapsed);
            }
        }
        return out.toString();
    }
}
