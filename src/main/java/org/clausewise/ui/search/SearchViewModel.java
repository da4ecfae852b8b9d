package org.clausewise.ui.search;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clausewise.corpus.search.ClauseHit;
import org.clausewise.corpus.search.PhraseQuery;
import org.clausewise.corpus.search.SearchMode;
import org.clausewise.corpus.search.SearchResult;
import org.clausewise.corpus.search.TextInfo;
import org.clausewise.ui.background.BackgroundExecutor;
import org.clausewise.ui.library.Library;

/**
 * The search window's state without the window: the phrase and mode, the result, what the status
 * line says, and the actions (search, show more series, open a hit). Searches run off the FX
 * thread; a slow old answer never replaces a newer one.
 */
public final class SearchViewModel {
    /** Series shown in full at first, and added by each "Show more". */
    static final int PAGE = 20;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final BackgroundExecutor executor;
    private final LibrarySearch search;
    private final Supplier<Library> library;
    private final StringProperty phrase = new SimpleStringProperty("");
    private final ObjectProperty<SearchMode> mode = new SimpleObjectProperty<>(SearchMode.NEAR);
    private final ObjectProperty<SearchResult> result = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("Type a phrase and press Enter.");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Consumer<ClauseHit> onOpen = hit -> { };
    private int limit = PAGE;
    private long ticket;

    public SearchViewModel(BackgroundExecutor executor, LibrarySearch search, Supplier<Library> library) {
        this.executor = executor;
        this.search = search;
        this.library = library;
    }

    /** Searches the phrase anew, the first {@link #PAGE} series in full. */
    public void search() {
        limit = PAGE;
        run();
    }

    /** The same search with {@link #PAGE} more series in full. */
    public void showMore() {
        limit += PAGE;
        run();
    }

    private void run() {
        String p = phrase.get();
        SearchMode m = mode.get();
        try {
            PhraseQuery.of(p, m);
        } catch (IllegalArgumentException e) {
            ticket++;
            result.set(null);
            status.set(sentence(e.getMessage()));
            return;
        }
        long mine = ++ticket;
        busy.set(true);
        status.set("Searching\u2026");
        Library lib = library.get();
        int shown = limit;
        executor.submit(() -> search.search(lib, p, m, shown), r -> {
            if (mine != ticket) {
                return;
            }
            busy.set(false);
            result.set(r);
            String note = search.note();
            status.set(summary(r) + (note == null ? "" : " (" + note + ")"));
        }, error -> {
            if (mine != ticket) {
                return;
            }
            busy.set(false);
            result.set(null);
            status.set("The search failed: " + (error.getMessage() == null ? error.getClass().getSimpleName()
                    : error.getMessage().lines().findFirst().orElse("")));
        });
    }

    /** Opens the clause of a hit in a comparison (the window says which). */
    public void open(ClauseHit hit) {
        onOpen.accept(hit);
    }

    public void setOnOpen(Consumer<ClauseHit> action) {
        onOpen = Objects.requireNonNull(action);
    }

    /** "24 clauses in 6 texts of 2 series", or "Not found in the library". */
    static String summary(SearchResult r) {
        if (r.isEmpty()) {
            return "\u201c" + r.query().phrase() + "\u201d is not in the library (" + r.query().mode().description() + ")";
        }
        return count(r.clauses(), "clause") + " in " + count(r.texts(), "text") + " of " + count(r.seriesTotal(), "series");
    }

    /** "First agreed in A/RES/61/168, OP 8 (61st session, 19 Dec 2006)", or where it was first proposed. */
    static String firstAppearance(SearchResult r) {
        if (r.isEmpty()) {
            return "";
        }
        if (r.firstAgreed() == null) {
            return "Only in drafts; first in " + r.firstSeen().reference() + " (" + when(r.firstSeen().text()) + ")";
        }
        String line = "First agreed in " + r.firstAgreed().reference() + " (" + when(r.firstAgreed().text()) + ")";
        TextInfo seen = r.firstSeen().text();
        Integer agreedSession = r.firstAgreed().text().session();
        if (!seen.isAdopted() && seen.session() != null && agreedSession != null && seen.session() < agreedSession) {
            line += "; first proposed in " + r.firstSeen().reference() + " (" + when(seen) + ")";
        }
        return line;
    }

    static String when(TextInfo t) {
        return t.sessionLabel() + (t.date() == null ? "" : ", " + DATE.format(t.date()));
    }

    static String count(int n, String what) {
        return String.format(Locale.ROOT, "%,d %s%s", n, what, n == 1 || what.equals("series") ? "" : "s");
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }

    public StringProperty phraseProperty() {
        return phrase;
    }

    public ObjectProperty<SearchMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<SearchResult> resultProperty() {
        return result;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
