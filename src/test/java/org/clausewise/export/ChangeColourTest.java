package org.clausewise.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the hand-built draft → adopted 67th-session PDF and looks at the pixels under words:
 * the verb the adopted text put in OP 12 ("Recalls") is drawn in the insertion colour, the
 * draft's "Welcomes" in the deletion colour, an unchanged verb in neither.
 */
class ChangeColourTest {
    private static final float DPI = 144;

    @TempDir
    Path dir;

    @Test
    void insertedAndDeletedVerbsAreDrawnInTheirColours() throws IOException {
        Path pdf = dir.resolve("draft-adopted.pdf");
        ComparisonPdf.write(HandBuilt.draftToAdopted(), pdf, PdfOptions.defaults());
        try (PdfProbe probe = new PdfProbe(pdf)) {
            BufferedImage page = probe.render(0, DPI);
            List<Rectangle2D> recalls = probe.find(0, "Recalls");
            assertEquals(1, recalls.size(), "OP 12 of the adopted text");
            assertTrue(recalls.get(0).getMinX() > page.getWidth() * 72.0 / DPI / 2, "in the right column");
            assertTrue(Pixels.share(page, recalls.get(0), DPI, Pixels::green) > 0.6, "Recalls is green");

            List<Rectangle2D> welcomes = probe.find(0, "Welcomes");
            assertEquals(1, welcomes.size(), "OP 12 of the draft");
            assertTrue(Pixels.share(page, welcomes.get(0), DPI, Pixels::red) > 0.6, "Welcomes is red");

            for (Rectangle2D urges : probe.find(0, "Urges")) { // OP 4, unchanged
                assertTrue(Pixels.share(page, urges, DPI, Pixels::tinted) < 0.02, "Urges is not marked");
            }
        }
    }

    @Test
    void insertionIsUnderlinedAndDeletionStruckSoGreyscaleStillReads() throws IOException {
        Path pdf = dir.resolve("draft-adopted.pdf");
        ComparisonPdf.write(HandBuilt.draftToAdopted(), pdf, PdfOptions.defaults());
        try (PdfProbe probe = new PdfProbe(pdf)) {
            BufferedImage page = probe.render(0, DPI);
            Rectangle2D recalls = probe.find(0, "Recalls").get(0);
            // a dark line just below the baseline, under the whole word
            Rectangle2D under = new Rectangle2D.Double(recalls.getMinX() + 1, recalls.getMaxY() + 0.6,
                    recalls.getWidth() - 2, 1.4);
            assertTrue(Pixels.share(page, under, DPI, ChangeColourTest::dark) > 0.3, "Recalls is underlined");
            Rectangle2D welcomes = probe.find(0, "Welcomes").get(0);
            // a dark line through the middle of the lower-case letters
            Rectangle2D through = new Rectangle2D.Double(welcomes.getMinX() + 1,
                    welcomes.getMaxY() - welcomes.getHeight() * 0.45, welcomes.getWidth() - 2, 1.4);
            assertTrue(Pixels.share(page, through, DPI, ChangeColourTest::dark) > 0.3, "Welcomes is struck through");
            Rectangle2D urges = probe.find(0, "Urges").get(0);
            Rectangle2D underUrges = new Rectangle2D.Double(urges.getMinX() + 1, urges.getMaxY() + 0.6,
                    urges.getWidth() - 2, 1.4);
            assertTrue(Pixels.share(page, underUrges, DPI, ChangeColourTest::dark) < 0.1, "Urges has no line");
        }
    }

    private static boolean dark(int r, int g, int b) {
        return (r + g + b) / 3 < 150;
    }
}
