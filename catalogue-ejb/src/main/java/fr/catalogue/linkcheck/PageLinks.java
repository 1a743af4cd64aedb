package fr.catalogue.linkcheck;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a visitor can click on a page, as R15 counts clicks: {@code <a href>} and {@code <area href>}
 * resolved against {@code <base href>} (else the page's own address), protocol-relative links
 * included; links inside comments are not links (the HTML parser drops comments from the tree);
 * {@code javascript:}, {@code mailto:}, {@code tel:} and {@code data:} links lead to no page.
 * A {@code <meta http-equiv="refresh">} target is kept apart: it is not a click. Navigation done
 * by scripts cannot be confirmed without running them, so it is only flagged, for a reviewer.
 */
public final class PageLinks {

    /** location = "…", location.href = "…", location.assign(…), location.replace(…), window.open(…) */
    private static final Pattern SCRIPT_NAVIGATION = Pattern.compile(
            "(?:\\blocation(?:\\.href)?\\s*=[^=]|\\blocation\\.(?:assign|replace)\\s*\\(|\\bwindow\\.open\\s*\\()");
    /** An address a script may navigate to: absolute, protocol-relative or rooted path in quotes. */
    private static final Pattern URL_IN_SCRIPT = Pattern.compile("(?:https?:)?//|[\"']/");
    /* Selectors compiled once: every page read uses them (jsoup's evaluators are thread-safe). */
    private static final Evaluator BASE = QueryParser.parse("base[href]");
    private static final Evaluator CLICKABLE = QueryParser.parse("a[href], area[href]");
    private static final Evaluator INLINE_SCRIPT = QueryParser.parse("script:not([src])");
    private static final Evaluator REFRESH = QueryParser.parse("meta[http-equiv~=(?i)^refresh$][content]");
    private static final Pattern REFRESH_URL = Pattern.compile("(?i)^\\s*[\\d.]*\\s*[;,]?\\s*(?:url\\s*=\\s*)?['\"]?([^'\"]*)");

    private final URI page;
    private final URI base;
    private final List<URI> links;
    private final URI refresh;
    private final boolean scriptNavigation;

    private PageLinks(URI page, URI base, List<URI> links, URI refresh, boolean scriptNavigation) {
        this.page = page;
        this.base = base;
        this.links = List.copyOf(links);
        this.refresh = refresh;
        this.scriptNavigation = scriptNavigation;
    }

    /** Reads a parsed page whose final address (after redirects) is {@code page}. */
    public static PageLinks of(Document document, URI page) {
        URI base = page;
        Element baseElement = document.selectFirst(BASE);
        if (baseElement != null) {
            base = Urls.resolve(page, baseElement.attr("href")).orElse(page);
        }
        Set<URI> links = new LinkedHashSet<>();
        boolean script = false;
        for (Element a : document.select(CLICKABLE)) {
            String href = a.attr("href").strip();
            String lower = href.toLowerCase(Locale.ROOT);
            if (lower.startsWith("javascript:")) {
                script |= navigatesByScript(href.substring("javascript:".length()));
                continue;
            }
            if (lower.startsWith("mailto:") || lower.startsWith("tel:") || lower.startsWith("data:")) {
                continue;
            }
            Urls.resolve(base, href).ifPresent(links::add);
        }
        for (Element e : document.getAllElements()) {
            for (Attribute attribute : e.attributes()) {
                if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                        && navigatesByScript(attribute.getValue())) {
                    script = true;
                }
            }
        }
        for (Element s : document.select(INLINE_SCRIPT)) {
            script |= navigatesByScript(s.data());
        }
        URI refresh = null;
        Element meta = document.selectFirst(REFRESH);
        if (meta != null) {
            Matcher m = REFRESH_URL.matcher(meta.attr("content"));
            if (m.find() && !m.group(1).isBlank()) {
                refresh = Urls.resolve(base, m.group(1)).orElse(null);
            }
        }
        return new PageLinks(page, base, new ArrayList<>(links), refresh, script);
    }

    /** Whether a script changes the page's address to some address (not just a menu toggle). */
    static boolean navigatesByScript(String code) {
        if (code == null || code.isEmpty()) {
            return false;
        }
        Matcher m = SCRIPT_NAVIGATION.matcher(code);
        return m.find() && URL_IN_SCRIPT.matcher(code).find();
    }

    /** The page's final address (after redirects). */
    public URI page() {
        return page;
    }

    /** What relative links resolve against: {@code <base href>} if present, else the page. */
    public URI base() {
        return base;
    }

    /** The http(s) addresses a visitor can click, absolute, in document order, without duplicates. */
    public List<URI> links() {
        return links;
    }

    /** Where a {@code <meta http-equiv="refresh">} sends the browser (not a click), if anywhere. */
    public Optional<URI> refresh() {
        return Optional.ofNullable(refresh);
    }

    /** Whether scripts on the page navigate somewhere: a way back may exist that cannot be confirmed. */
    public boolean scriptNavigation() {
        return scriptNavigation;
    }
}
