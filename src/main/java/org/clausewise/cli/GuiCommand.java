package org.clausewise.cli;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Opens the window. The cli package must not depend on JavaFX (see the architecture test), so the
 * desktop app is started by name: {@code org.clausewise.ui.ClausewiseApp.launchApp(String[])}.
 */
final class GuiCommand implements Command {
    static final String APP_CLASS = "org.clausewise.ui.ClausewiseApp";

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Class<?> app;
        try {
            app = Class.forName(APP_CLASS);
        } catch (ClassNotFoundException e) {
            throw new UsageException("the desktop app is not part of this build");
        }
        Method launch = app.getMethod("launchApp", String[].class);
        Object code = launch.invoke(null, (Object) args.toArray(String[]::new));
        return code instanceof Integer ? (Integer) code : 0;
    }
}
