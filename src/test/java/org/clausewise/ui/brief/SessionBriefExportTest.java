package org.clausewise.ui.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clausewise.brief.MadeUpSessions;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.present.SessionBrief;
import org.clausewise.ui.background.DirectExecutor;
import org.clausewise.ui.library.LibraryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Export Session Brief… without its dialogs: the background work, its progress and its outcome. */
class SessionBriefExportTest {
    @TempDir
    Path dir;

    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty();
    private final SimpleStringProperty status = new SimpleStringProperty("");
    private final List<Double> steps = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private List<LibraryEntry> library() throws IOException {
        Path texts = MadeUpSessions.write(dir.resolve("texts"));
        return new CorpusLoader().load(List.of(texts)).entries().stream().map(LibraryEntry::new).toList();
    }

    private SessionBriefExport export() {
        progress.addListener((o, was, now) -> steps.add(now.doubleValue()));
        return new SessionBriefExport(new DirectExecutor(), busy, progress, status);
    }

    @Test
    void writesTheBriefOfTheSessionChosenAndShowsProgress() throws IOException {
        List<LibraryEntry> library = library();
        assertEquals(List.of(79, 78), SessionBriefExport.sessions(library));
        Path out = dir.resolve("brief.pdf");
        List<SessionBrief> done = new ArrayList<>();
        export().export(library, 79, out, done::add, (t, m) -> errors.add(t + ": " + m));
        assertEquals(List.of(), errors);
        assertEquals(2, done.get(0).lines().size());
        assertTrue(steps.contains(0.5) && steps.contains(1.0), "one step per resolution: " + steps);
        assertFalse(busy.get());
        assertTrue(status.get().startsWith("Saved the session brief (2 resolutions)"), status.get());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(3, doc.getNumberOfPages());
        }
    }

    @Test
    void aSessionWithoutTextsIsOneMessageAndNoFile() throws IOException {
        Path out = dir.resolve("brief.pdf");
        export().export(library(), 70, out, b -> { }, (t, m) -> errors.add(t + ": " + m));
        assertEquals(List.of("Could not write the session brief: The library has no text of the 70th session."), errors);
        assertFalse(Files.exists(out));
        assertFalse(busy.get());
    }
}
