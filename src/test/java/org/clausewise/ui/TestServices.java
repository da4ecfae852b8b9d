package org.clausewise.ui;

import org.clausewise.ui.background.DirectExecutor;

import java.nio.file.Path;

/** The real services on the bundled corpus/, synchronous, with the config in a temp folder. */
public final class TestServices {
    private TestServices() {
    }

    public static AppServices onCorpus(Path configDir) {
        System.setProperty("clausewise.config", configDir.toString());
        System.setProperty("clausewise.corpus", Path.of("corpus").toAbsolutePath().toString());
        try {
            return CompositionRoot.create(new DirectExecutor());
        } finally {
            System.clearProperty("clausewise.config");
            System.clearProperty("clausewise.corpus");
        }
    }
}
