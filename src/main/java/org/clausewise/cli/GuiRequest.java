package org.clausewise.cli;

import java.nio.file.Path;

/**
 * What {@code clausewise gui} was asked, already checked: open the window ({@code screenshot} null),
 * or render the comparison of {@code left} and {@code right} to the PNG {@code screenshot} and exit.
 * Plain data, so the command line can hand it to the desktop app without knowing JavaFX.
 *
 * @param theme "light" or "dark"
 * @param at a clause label of either text ("OP 8") to scroll to, or null for the top
 */
public record GuiRequest(Path screenshot, Path left, Path right, String theme, int width, int height, String at) {
    public boolean isScreenshot() {
        return screenshot != null;
    }
}
