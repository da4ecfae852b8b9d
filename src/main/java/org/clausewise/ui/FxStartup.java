package org.clausewise.ui;

import javafx.application.Platform;

/** Starts the JavaFX toolkit if nobody has yet (the command line), or reuses it (tests). */
final class FxStartup {
    private FxStartup() {
    }

    /** Runs {@code action} on the FX thread; returns true when this call started the toolkit. */
    static boolean runOnFxThread(Runnable action) {
        try {
            Platform.startup(action);
            Platform.setImplicitExit(false);
            return true;
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(action);
            return false;
        }
    }
}
