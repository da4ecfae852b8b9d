package org.clausewise.ui.theme;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Light and dark themes: base.css holds every rule and draws with looked-up colours; each theme
 * file only defines those colours on {@code .root}, so a theme is one small file.
 */
public enum Theme {
    LIGHT, DARK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Theme fromId(String id) {
        return "dark".equalsIgnoreCase(id) ? DARK : LIGHT;
    }

    /** The scene's style sheets: the theme's colours first, then the rules that use them. */
    public List<String> stylesheets() {
        return List.of(css(id() + ".css"), css("base.css"));
    }

    private static String css(String name) {
        URL url = Objects.requireNonNull(Theme.class.getResource("/css/" + name), "missing style sheet " + name);
        return url.toExternalForm();
    }
}
