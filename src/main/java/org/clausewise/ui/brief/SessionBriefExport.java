package org.clausewise.ui.brief;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.StringProperty;
import org.clausewise.brief.SessionBriefBuilder;
import org.clausewise.corpus.Corpus;
import org.clausewise.lineage.TextComparer;
import org.clausewise.model.Sessions;
import org.clausewise.present.SessionBrief;
import org.clausewise.export.SessionBriefPdf;
import org.clausewise.ui.background.BackgroundExecutor;
import org.clausewise.ui.library.LibraryEntry;

/**
 * Makes the session brief of the library's texts off the UI thread and writes it with the code
 * the command line uses ({@link SessionBriefBuilder}, {@link SessionBriefPdf}); the status bar
 * shows how many resolutions are compared, and the PDF is never written over a text of the library.
 */
public final class SessionBriefExport {
    private final BackgroundExecutor executor;
    private final BooleanProperty busy;
    private final DoubleProperty progress;
    private final StringProperty status;

    public SessionBriefExport(BackgroundExecutor executor, BooleanProperty busy, DoubleProperty progress,
                              StringProperty status) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.busy = busy;
        this.progress = progress;
        this.status = status;
    }

    /** The sessions of the library's texts, newest first: the choices of the session dialog. */
    public static List<Integer> sessions(List<LibraryEntry> library) {
        return library.stream().map(e -> e.summary().session()).filter(Objects::nonNull).distinct()
                .sorted((a, b) -> b - a).toList();
    }

    /**
     * Builds the brief of {@code session} from {@code library} and writes it to {@code out};
     * {@code done} gets the brief, {@code failed} a title and a one-line message.
     */
    public void export(List<LibraryEntry> library, int session, Path out, Consumer<SessionBrief> done,
                       BiConsumer<String, String> failed) {
        Corpus corpus = new Corpus(library.stream().map(LibraryEntry::corpusEntry).toList(), List.of());
        List<Path> inputs = library.stream().map(LibraryEntry::source).filter(Objects::nonNull).toList();
        String what = "the " + Sessions.ordinal(session) + " session";
        busy.set(true);
        progress.set(-1);
        status.set("Comparing the resolutions of " + what + " with their previous texts\u2026");
        executor.submit(() -> {
            SessionBrief brief = new SessionBriefBuilder(TextComparer.engine()).build(corpus, session,
                    (n, total) -> executor.onUiThread(() -> {
                        progress.set((double) n / total);
                        status.set("Session brief: " + n + " of " + total + " resolutions compared\u2026");
                    }));
            if (brief.lines().isEmpty()) {
                throw new IOException("The library has no text of " + what + ".");
            }
            executor.onUiThread(() -> {
                progress.set(-1);
                status.set("Writing " + out.getFileName() + "\u2026");
            });
            SessionBriefPdf.write(brief, out, inputs);
            return brief;
        }, brief -> {
            busy.set(false);
            status.set("Saved the session brief (" + brief.lines().size() + " resolutions) to " + out);
            done.accept(brief);
        }, error -> {
            busy.set(false);
            status.set("Session brief not written");
            String m = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
            failed.accept("Could not write the session brief", m.lines().findFirst().orElse(m));
        });
    }
}
