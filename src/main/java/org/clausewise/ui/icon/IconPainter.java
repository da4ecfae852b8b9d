package org.clausewise.ui.icon;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Draws the app icon: two pages side by side on a UN-blue tile, a struck red line on the left
 * page and an underlined green line on the right — a comparison at a glance. The PNGs in
 * resources/icons are made with {@code main}; the app only loads the PNGs.
 */
public final class IconPainter {
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private IconPainter() {
    }

    public static WritableImage paint(int size) {
        Canvas canvas = new Canvas(size, size);
        GraphicsContext g = canvas.getGraphicsContext2D();
        double s = size / 256.0;
        g.setFill(Color.web("#1f5fa8"));
        g.fillRoundRect(8 * s, 8 * s, 240 * s, 240 * s, 56 * s, 56 * s);
        page(g, 34 * s, 50 * s, 88 * s, 156 * s, s, Color.web("#c62828"), true);
        page(g, 134 * s, 50 * s, 88 * s, 156 * s, s, Color.web("#2e7d32"), false);
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        return canvas.snapshot(p, null);
    }

    private static void page(GraphicsContext g, double x, double y, double w, double h, double s, Color mark,
                             boolean struck) {
        g.setFill(Color.WHITE);
        g.fillRoundRect(x, y, w, h, 12 * s, 12 * s);
        g.setLineCap(StrokeLineCap.ROUND);
        double line = Math.max(1, 9 * s);
        double[] rows = {26, 52, 78, 104, 130};
        for (int i = 0; i < rows.length; i++) {
            double ly = y + rows[i] * s;
            boolean marked = i == 2;
            g.setStroke(marked ? mark : Color.web("#9fb3c8"));
            g.setLineWidth(line);
            g.strokeLine(x + 14 * s, ly, x + w - (i == 4 ? 34 : 14) * s, ly);
            if (marked && size(s) >= 32) {
                g.setLineWidth(Math.max(1, 4 * s));
                g.setStroke(mark.darker());
                double off = struck ? 0 : 10 * s;
                g.strokeLine(x + 10 * s, ly + off, x + w - 10 * s, ly + off);
            }
        }
    }

    private static double size(double s) {
        return s * 256;
    }

    /** Writes clausewise-SIZE.png for each size into the folder given (resources/icons). */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "resources/icons");
        Files.createDirectories(dir);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                for (int size : SIZES) {
                    ImageIO.write(SwingFXUtils.fromFXImage(paint(size), null), "png",
                            dir.resolve("clausewise-" + size + ".png").toFile());
                }
                done.complete(null);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get();
        } finally {
            Platform.exit();
        }
    }
}
