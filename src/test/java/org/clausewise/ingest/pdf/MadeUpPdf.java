package org.clausewise.ingest.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws made-up PDFs the way Word draws the official ones: US Letter, Times, positions in points
 * from the top of the page; page furniture in {@code /Artifact} marked content when tagged;
 * footnote marks written {@code ^1} in the text drawn smaller and raised.
 */
final class MadeUpPdf implements AutoCloseable {
    static final float HEIGHT = PDRectangle.LETTER.getHeight();
    private static final Pattern MARK = Pattern.compile("\\^(\\d{1,3}|\\*)");

    final PDFont roman = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private final PDDocument document = new PDDocument();
    private final boolean tagged;
    private PDPageContentStream content;

    MadeUpPdf(boolean tagged) {
        this.tagged = tagged;
    }

    MadeUpPdf newPage() {
        try {
            closePage();
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page furniture: an artifact when the PDF is tagged, plain text when not. */
    MadeUpPdf furniture(float x, float y, float size, String text) {
        return draw(x, y, size, text, true, roman);
    }

    /** Text of the page; {@code ^1} draws footnote mark 1 small and raised. */
    MadeUpPdf text(float x, float y, float size, String text) {
        return draw(x, y, size, text, false, roman);
    }

    MadeUpPdf boldText(float x, float y, float size, String text) {
        return draw(x, y, size, text, false, bold);
    }

    /**
     * One line drawn as separate runs with no space glyph between them, as justified text can come
     * out of Word: a run starting with "|" follows the one before a hair's breadth away (0.3 pt,
     * inside a word); any other run follows 3 pt away (a word break).
     */
    MadeUpPdf pieces(float x, float y, float size, String... pieces) {
        try {
            begin(false);
            float at = x;
            for (int i = 0; i < pieces.length; i++) {
                String piece = pieces[i].startsWith("|") ? pieces[i].substring(1) : pieces[i];
                if (i > 0) {
                    at += pieces[i].startsWith("|") ? 0.3f : 3f;
                }
                show(roman, size, at, y, piece);
                at += roman.getStringWidth(piece) / 1000 * size;
            }
            end();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A grey picture filling most of the page, as a scanner makes. */
    MadeUpPdf scannedImage() {
        try {
            BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
            for (int i = 0; i < 60; i++) {
                image.setRGB(i, i, 0x808080);
            }
            PDImageXObject x = LosslessFactory.createFromImage(document, image);
            content.drawImage(x, 50, 50, 500, 680);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MadeUpPdf draw(float x, float y, float size, String text, boolean furniture, PDFont font) {
        try {
            begin(furniture);
            Matcher m = MARK.matcher(text);
            float at = x;
            int from = 0;
            while (m.find()) {
                String before = text.substring(from, m.start());
                show(font, size, at, y, before);
                at += font.getStringWidth(before) / 1000 * size;
                float small = size * 0.65f;
                show(roman, small, at, y - size * 0.35f, m.group(1));
                at += roman.getStringWidth(m.group(1)) / 1000 * small;
                from = m.end();
            }
            show(font, size, at, y, text.substring(from));
            end();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(PDFont font, float size, float x, float y, String s) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, HEIGHT - y);
        content.showText(s);
        content.endText();
    }

    private void begin(boolean furniture) throws IOException {
        if (!tagged) {
            return;
        }
        if (furniture) {
            COSDictionary properties = new COSDictionary();
            properties.setName(COSName.TYPE, "Pagination");
            content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
        } else {
            content.beginMarkedContent(COSName.P);
        }
    }

    private void end() throws IOException {
        if (tagged) {
            content.endMarkedContent();
        }
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** The PDF's bytes; with a user password when {@code password} is not null. */
    byte[] bytes(String password) {
        try {
            closePage();
            if (tagged) {
                document.getDocumentCatalog().setMarkInfo(new org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo());
                document.getDocumentCatalog().getMarkInfo().setMarked(true);
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        return bytes(null);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
