package fr.catalogue.charter;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Small but real files of each type, made on the spot. */
final class SampleFiles {

    private SampleFiles() {
    }

    static byte[] pdf() {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[3];
        String[] objects = {
            "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
            "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"};
        for (int i = 0; i < objects.length; i++) {
            offsets[i + 1] = pdf.length();
            pdf.append(objects[i]);
        }
        int xref = pdf.length();
        pdf.append("xref\n0 3\n0000000000 65535 f \n");
        for (int i = 1; i <= 2; i++) {
            pdf.append(String.format("%010d 00000 n \n", offsets[i]));
        }
        pdf.append("trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpeg");
    }

    static byte[] svg(String inside) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"200\" height=\"80\" viewBox=\"0 0 200 80\">" + inside + "</svg>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] svg() {
        return svg("<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#003189\"/></linearGradient></defs>"
                + "<rect width=\"200\" height=\"80\" fill=\"url(#g)\"/><use xlink:href=\"#g\"/>"
                + "<text x=\"10\" y=\"50\" style=\"font-family: sans-serif; fill: #fff\">offre référencée</text>");
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x003189);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
