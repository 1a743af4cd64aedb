package fr.catalogue.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Charter documents are checked by their content, not their name (R21, R23). */
class CharterFileCheckTest {

    private final CharterFileCheck check = new CharterFileCheck(1024 * 1024);

    @Test
    void acceptsAPdfForTheTermsAndGivesItsSha256() {
        var file = check.check(DocumentKind.TERMS, "C:\\Users\\admin\\conditions d'utilisation.pdf", SampleFiles.pdf());
        assertEquals(FileType.PDF, file.type());
        assertEquals("conditions d_utilisation.pdf", file.fileName());
        assertEquals(64, file.sha256().length());
        assertEquals(Sha256.hex(SampleFiles.pdf()), file.sha256());
    }

    @Test
    void knowsTheSha256OfAKnownText() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(new byte[0]));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void acceptsPngJpegAndSafeSvgLogos() {
        assertEquals(FileType.PNG, check.check(DocumentKind.LOGO, "logo.png", SampleFiles.png()).type());
        assertEquals(FileType.JPEG, check.check(DocumentKind.LOGO, "logo.JPG", SampleFiles.jpeg()).type());
        assertEquals(FileType.JPEG, check.check(DocumentKind.LOGO, "logo.jpeg", SampleFiles.jpeg()).type());
        assertEquals(FileType.SVG, check.check(DocumentKind.LOGO, "logo.svg", SampleFiles.svg()).type());
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(DocumentKind.TERMS, "vide.pdf", new byte[0], "est vide");
        assertRefused(DocumentKind.TERMS, "rien.pdf", null, "est vide");
    }

    @Test
    void refusesAFileOverTheLimit() {
        CharterFileCheck small = new CharterFileCheck(100);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> small.check(DocumentKind.TERMS, "cgu.pdf", SampleFiles.pdf()));
        assertTrue(e.getMessage().contains("dépasse la taille maximale"), e.getMessage());
        assertEquals(CharterFileCheck.FIELD, e.field());
    }

    @Test
    void refusesARenamedTextFile() {
        assertRefused(DocumentKind.TERMS, "cgu.pdf", "Conditions générales".getBytes(StandardCharsets.UTF_8),
                "ni un document PDF");
    }

    @Test
    void refusesAPdfHeaderWithoutAPdfBehind() {
        assertRefused(DocumentKind.TERMS, "cgu.pdf", "%PDF-1.4\n<html>pas un pdf</html>".getBytes(StandardCharsets.ISO_8859_1),
                "ni un document PDF");
    }

    @Test
    void refusesATruncatedPngOrJpeg() {
        byte[] png = SampleFiles.png();
        assertRefused(DocumentKind.LOGO, "logo.png", Arrays.copyOf(png, png.length - 10), "ni un document PDF");
        byte[] jpeg = SampleFiles.jpeg();
        assertRefused(DocumentKind.LOGO, "logo.jpg", Arrays.copyOf(jpeg, jpeg.length / 2), "ni un document PDF");
    }

    @Test
    void refusesAnImageAsTermsAndAPdfAsALogo() {
        assertRefused(DocumentKind.TERMS, "cgu.png", SampleFiles.png(), "doit être un fichier PDF");
        assertRefused(DocumentKind.GRAPHIC_CHARTER, "charte.svg", SampleFiles.svg(), "doit être un fichier PDF");
        assertRefused(DocumentKind.LOGO, "logo.pdf", SampleFiles.pdf(), "doit être un fichier PNG, JPEG, SVG");
    }

    @Test
    void refusesANameThatLiesAboutTheContent() {
        assertRefused(DocumentKind.LOGO, "logo.png", SampleFiles.svg(), "ne correspond pas à son contenu");
        assertRefused(DocumentKind.TERMS, "cgu.docx", SampleFiles.pdf(), "ne correspond pas à son contenu");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT xlink:href=\"https://evil.example/x.js\"/>",
        "<rect width=\"10\" height=\"10\" onload=\"alert(1)\"/>",
        "<rect width=\"10\" height=\"10\" ONCLICK=\"alert(1)\"/>",
        "<a xlink:href=\"javascript:alert(1)\"><text>x</text></a>",
        "<a href=\"https://evil.example/\"><text>x</text></a>",
        "<image href=\"https://evil.example/tracker.png\" width=\"1\" height=\"1\"/>",
        "<image xlink:href=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\" width=\"1\" height=\"1\"/>",
        "<use xlink:href=\"other.svg#logo\"/>",
        "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>",
        "<style>@import url(https://evil.example/a.css);</style>",
        "<style>rect { fill: url(https://evil.example/p.svg#x) }</style>",
        "<rect width=\"10\" height=\"10\" style=\"fill: url('https://evil.example/p')\"/>",
        "<rect width=\"10\" height=\"10\" fill=\"url(https://evil.example/p#x)\"/>",
        "<set attributeName=\"href\" to=\"javascript:alert(1)\"/>",
        "<animate attributeName=\"href\" values=\"javascript:alert(1)\"/>",
        "<g xml:base=\"https://evil.example/\"><use xlink:href=\"#a\"/></g>"})
    void refusesAnSvgWithAScriptOrAnExternalReference(String inside) {
        assertRefused(DocumentKind.LOGO, "logo.svg", SampleFiles.svg(inside), "Le fichier SVG « logo.svg » est refusé");
    }

    @Test
    void refusesAnSvgWithADoctypeSoNoEntityIsEverExpanded() {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>").getBytes(StandardCharsets.UTF_8);
        assertRefused(DocumentKind.LOGO, "logo.svg", xxe, "est refusé");
        byte[] bomb = ("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&b;</text></svg>").getBytes(StandardCharsets.UTF_8);
        assertRefused(DocumentKind.LOGO, "logo.svg", bomb, "est refusé");
    }

    @Test
    void refusesXmlThatIsNotSvgOrIsBroken() {
        assertRefused(DocumentKind.LOGO, "logo.svg", "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8),
                "élément racine « svg » attendu");
        assertRefused(DocumentKind.LOGO, "logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect>"
                .getBytes(StandardCharsets.UTF_8), "bien formé");
        assertRefused(DocumentKind.LOGO, "logo.svg", "<svg><rect/></svg>".getBytes(StandardCharsets.UTF_8),
                "élément racine « svg » attendu");
        assertRefused(DocumentKind.LOGO, "logo.svg", ("<?xml-stylesheet href=\"https://evil.example/a.css\"?>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").getBytes(StandardCharsets.UTF_8), "instruction de traitement");
    }

    @Test
    void aFileNameIsReducedToHarmlessCharacters() {
        assertEquals("passwd", CharterFileCheck.safeFileName("../../etc/passwd"));
        assertEquals("document", CharterFileCheck.safeFileName(".."));
        assertEquals("document", CharterFileCheck.safeFileName(null));
        assertEquals("logo_x.svg", CharterFileCheck.safeFileName("logo\"x.svg"));
    }

    private void assertRefused(DocumentKind kind, String name, byte[] content, String expected) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> check.check(kind, name, content));
        assertEquals(CharterFileCheck.FIELD, e.field());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
