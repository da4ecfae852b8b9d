package org.clausewise.export;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Counts what colour the pixels under a word are, on a page rendered at a known resolution. */
final class Pixels {
    private Pixels() {
    }

    /** Share (0..1) of the pixels inside {@code box} (points, y from the top) that pass the test. */
    static double share(BufferedImage image, Rectangle2D box, float dpi, ColourTest test) {
        double scale = dpi / 72.0;
        int x0 = (int) Math.floor(box.getMinX() * scale);
        int x1 = (int) Math.ceil(box.getMaxX() * scale);
        int y0 = (int) Math.floor(box.getMinY() * scale);
        int y1 = (int) Math.ceil(box.getMaxY() * scale);
        int hits = 0;
        int all = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                int rgb = image.getRGB(x, y);
                all++;
                if (test.matches((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF)) {
                    hits++;
                }
            }
        }
        return all == 0 ? 0 : (double) hits / all;
    }

    interface ColourTest {
        boolean matches(int r, int g, int b);
    }

    static boolean green(int r, int g, int b) {
        return g > r + 20 && g > b + 10;
    }

    static boolean red(int r, int g, int b) {
        return r > g + 20 && r > b + 20;
    }

    static boolean tinted(int r, int g, int b) {
        return green(r, g, b) || red(r, g, b);
    }
}
