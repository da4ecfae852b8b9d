package org.clausewise.ui;

import java.nio.file.Path;
import java.util.List;

/**
 * The arguments of {@code clausewise gui}: none to open the window, or
 * {@code --screenshot OUT.png --left FILE --right FILE [--theme light|dark] [--size 1440x900] [--at "OP 8"]}
 * to render a comparison (scrolled to a clause with --at) to a PNG and exit.
 */
record GuiOptions(Path screenshot, Path left, Path right, Theme theme, int width, int height, String at) {

    boolean isScreenshot() {
        return screenshot != null;
    }

    /** Parses the arguments; a mistake is an {@link IllegalArgumentException} with the one line to print. */
    static GuiOptions parse(List<String> args) {
        Path shot = null;
        Path left = null;
        Path right = null;
        Theme theme = Theme.LIGHT;
        int width = 1440;
        int height = 900;
        String at = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--screenshot" -> shot = Path.of(value(args, ++i, a));
                case "--left" -> left = Path.of(value(args, ++i, a));
                case "--right" -> right = Path.of(value(args, ++i, a));
                case "--theme" -> {
                    String t = value(args, ++i, a);
                    if (!t.equals("light") && !t.equals("dark")) {
                        throw new IllegalArgumentException("--theme must be light or dark, not '" + t + "'");
                    }
                    theme = Theme.fromId(t);
                }
                case "--size" -> {
                    String[] wh = value(args, ++i, a).split("x");
                    try {
                        width = Integer.parseInt(wh[0]);
                        height = Integer.parseInt(wh[1]);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("--size must look like 1440x900");
                    }
                }
                case "--at" -> at = value(args, ++i, a);
                default -> throw new IllegalArgumentException("gui: unknown option '" + a + "'");
            }
        }
        if (shot == null && (left != null || right != null)) {
            throw new IllegalArgumentException("--left and --right go with --screenshot OUT.png");
        }
        if (shot != null && (left == null || right == null)) {
            throw new IllegalArgumentException("--screenshot needs --left FILE and --right FILE");
        }
        return new GuiOptions(shot, left, right, theme, width, height, at);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
