package org.clausewise.ui;

import org.clausewise.compare.ResolutionComparer;
import org.clausewise.model.Resolution;
import org.clausewise.ui.background.DirectExecutor;
import org.clausewise.ui.library.AddResult;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryService;
import org.clausewise.ui.settings.SettingsStore;

import java.nio.file.Path;
import java.util.List;

/** The real services on the bundled corpus/, synchronous, with the config in a temp folder. */
public final class TestServices {
    private TestServices() {
    }

    /** A library that is always {@code library} (adding changes nothing), the real compare engine, synchronous. */
    public static AppServices fixed(Library library, Resolution opened, Path configDir) {
        LibraryService service = new LibraryService() {
            @Override
            public Library load(java.util.function.DoubleConsumer progress) {
                return library;
            }

            @Override
            public AddResult add(List<Path> paths) {
                return new AddResult(library, 0, List.of());
            }
        };
        ResolutionComparer comparer = new ResolutionComparer();
        return new AppServices(service, p -> opened, comparer::compare, (c, out, o) -> { }, new DirectExecutor(),
                new SettingsStore(configDir));
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
