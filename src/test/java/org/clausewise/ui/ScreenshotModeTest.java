package org.clausewise.ui;

import org.clausewise.ui.theme.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Screenshot mode in-process, headless under Monocle, on the 61st → 69th comparison of the corpus. */
class ScreenshotModeTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void cleanup() throws Exception {
        FxToolkit.cleanupStages();
    }

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private ScreenshotMode mode() {
        AppServices services = TestServices.onCorpus(dir.resolve("config"));
        return new ScreenshotMode(services, err);
    }

    @Test
    void writesAPngOfTheWindow() throws Exception {
        // kept in target/screens so a person can look at it
        Path out = Path.of("target", "screens", "corpus-61-69-dark.png");
        Files.createDirectories(out.getParent());
        int code = mode().run(out, Path.of("corpus/A-RES-61-168.txt"), Path.of("corpus/A-RES-69-179.txt"),
                Theme.DARK, 1280, 780);
        assertEquals(0, code, errBytes.toString(StandardCharsets.UTF_8));
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(780, image.getHeight());
        // dark theme: the viewer's background near the middle is dark
        int rgb = image.getRGB(640, 700);
        int luminance = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
        assertTrue(luminance < 3 * 100, "dark background, got #" + Integer.toHexString(rgb));
        try (var files = Files.list(out.getParent())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left");
        }
    }

    @Test
    void badLeftFileIsOneLineAndNoPng() {
        Path out = dir.resolve("never.png");
        int code = mode().run(out, Path.of("corpus/SOURCES.md"), Path.of("corpus/A-RES-69-179.txt"),
                Theme.LIGHT, 1280, 780);
        String message = errBytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, code);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("clausewise: SOURCES.md: "), message);
        assertFalse(Files.exists(out));
    }

    @Test
    void missingFileIsOneLine() {
        int code = mode().run(dir.resolve("x.png"), Path.of("corpus/no-such.txt"), Path.of("corpus/A-RES-69-179.txt"),
                Theme.LIGHT, 1280, 780);
        assertEquals(1, code);
        assertEquals("clausewise: corpus/no-such.txt: no such file", errBytes.toString(StandardCharsets.UTF_8).strip());
    }
}
