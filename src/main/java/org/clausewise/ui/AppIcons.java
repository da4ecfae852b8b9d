package org.clausewise.ui;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.InputStream;

/** The window icons, from the PNGs in resources/icons (drawn by {@link org.clausewise.ui.icon.IconPainter}). */
final class AppIcons {
    private AppIcons() {
    }

    static void install(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            try (InputStream in = AppIcons.class.getResourceAsStream("/icons/clausewise-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // an icon is decoration: the window opens without it
            }
        }
    }
}
