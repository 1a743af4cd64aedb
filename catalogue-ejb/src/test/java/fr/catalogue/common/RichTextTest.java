package fr.catalogue.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Free text shown as HTML keeps only harmless formatting. */
class RichTextTest {

    @Test
    void keepsParagraphsBreaksEmphasisAndLists() {
        String html = "<p>Maintenance <b>sur site</b> et <i>à distance</i><br>sous 4 h.</p>"
                + "<ul><li>PC</li><li><strong>Serveurs</strong></li></ul><ol><li><em>Un</em></li></ol>";
        assertEquals(html.replace("<br>", "<br />"), RichText.sanitize(html));
    }

    @Test
    void keepsHttpsLinksWithNofollowNoopener() {
        String safe = RichText.sanitize("<a href=\"https://www.example.fr/offre\">Notre offre</a>");
        assertTrue(safe.startsWith("<a href=\"https://www.example.fr/offre\""), safe);
        // the sanitizer writes the rel values in no fixed order
        Matcher rel = Pattern.compile("rel=\"([^\"]*)\"").matcher(safe);
        assertTrue(rel.find(), safe);
        assertEquals(Set.of("nofollow", "noopener", "noreferrer"), Set.of(rel.group(1).split(" ")));
        assertTrue(safe.endsWith(">Notre offre</a>"), safe);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">clic</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">clic</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">clic</a>",
            "<a href=\"vbscript:msgbox(1)\">clic</a>",
            "<p onclick=\"alert(1)\">texte</p>",
            "<p style=\"background:url(javascript:alert(1))\">texte</p>",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<body onload=alert(1)>",
            "<form action=\"https://evil.example\"><input name=x></form>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "\"><script>alert(1)</script>",
            "<a href=\"http://www.example.fr\">en clair</a>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "<div style=\"position:fixed\">cover</div>",
            "<<SCRIPT>alert(1);//<</SCRIPT>",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#39;&#41;>",
    })
    void removesEveryWayToRunScriptOrLoadSomethingElse(String payload) {
        String safe = RichText.sanitize(payload).toLowerCase(Locale.ROOT);
        for (String forbidden : new String[] {"<script", "onerror", "onload", "onclick", "javascript:", "vbscript:",
                "data:", "<img", "<iframe", "<svg", "<form", "<input", "<object", "<embed", "<meta", "style=", "<style",
                "http://", "<div", "<body"}) {
            assertFalse(safe.contains(forbidden), () -> payload + " → " + safe);
        }
    }

    @Test
    void escapesTextThatLooksLikeMarkup() {
        String safe = RichText.sanitize("1 < 2 & 3 > 2");
        assertFalse(safe.contains("<") && !safe.contains("&lt;"), safe);
        assertTrue(safe.contains("&lt;") && safe.contains("&amp;") && safe.contains("&gt;"), safe);
    }

    @Test
    void givesNothingForNothing() {
        assertEquals("", RichText.sanitize(null));
        assertEquals("", RichText.sanitize("   "));
        assertEquals("", RichText.plainText(null));
        assertEquals("", RichText.plainText(""));
    }

    @Test
    void plainTextKeepsOnlyTheTextALineAParagraph() {
        assertEquals("Maintenance sur site\nsous 4 h.\nPC\nServeurs & réseaux",
                RichText.plainText("<p>Maintenance   <b>sur site</b><br>sous 4 h.</p><ul><li>PC</li>"
                        + "<li>Serveurs &amp; réseaux</li></ul>"));
    }

    @Test
    void plainTextDropsScriptsAndStyles() {
        assertEquals("avant après", RichText.plainText("avant <script>alert('x')</script><style>p{}</style>après"));
        assertEquals("1 < 2", RichText.plainText("1 &lt; 2"));
    }
}
