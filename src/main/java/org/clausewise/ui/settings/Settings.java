package org.clausewise.ui.settings;

/**
 * What the window remembers between runs. Window geometry is NaN until the window was closed once.
 *
 * @param left         source path of the last left text, or null
 * @param right        source path of the last right text, or null
 * @param libraryPanel the user wants the library sidebar shown (a narrow window may still fold it)
 * @param changePanel  the user wants the change panel shown
 */
public record Settings(double x, double y, double width, double height, boolean maximized, String theme,
                       double fontSize, String left, String right, boolean showEditorial, boolean onlyChanges,
                       boolean libraryPanel, boolean changePanel) {

    /** Settings from before the side panels could be folded: both shown. */
    public Settings(double x, double y, double width, double height, boolean maximized, String theme,
                    double fontSize, String left, String right, boolean showEditorial, boolean onlyChanges) {
        this(x, y, width, height, maximized, theme, fontSize, left, right, showEditorial, onlyChanges, true, true);
    }

    public static Settings defaults() {
        return new Settings(Double.NaN, Double.NaN, 1360, 860, false, "light", 14, null, null, true, false);
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    public Settings withWindow(double newX, double newY, double newWidth, double newHeight, boolean max) {
        return new Settings(newX, newY, newWidth, newHeight, max, theme, fontSize, left, right, showEditorial,
                onlyChanges, libraryPanel, changePanel);
    }

    public Settings withView(String newTheme, double newFontSize, boolean editorial, boolean only) {
        return new Settings(x, y, width, height, maximized, newTheme, newFontSize, left, right, editorial, only,
                libraryPanel, changePanel);
    }

    public Settings withComparison(String newLeft, String newRight) {
        return new Settings(x, y, width, height, maximized, theme, fontSize, newLeft, newRight, showEditorial,
                onlyChanges, libraryPanel, changePanel);
    }

    public Settings withPanels(boolean library, boolean changes) {
        return new Settings(x, y, width, height, maximized, theme, fontSize, left, right, showEditorial,
                onlyChanges, library, changes);
    }
}
