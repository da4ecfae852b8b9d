package org.clausewise.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clausewise.export.PdfOptions;
import org.clausewise.model.Comparison;
import org.clausewise.ui.background.BackgroundExecutor;
import org.clausewise.ui.library.AddResult;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.LoadStatus;
import org.clausewise.ui.viewer.ViewerViewModel;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * The window's state without the window: the library, the two picked texts, their comparison,
 * and what is running in the background. Errors go to an error sink (the view shows a dialog).
 */
public final class MainViewModel {
    private final AppServices services;
    private final ViewerViewModel viewer = new ViewerViewModel();
    private final ObjectProperty<Library> library = new SimpleObjectProperty<>(Library.empty());
    private final ObjectProperty<LibraryEntry> left = new SimpleObjectProperty<>();
    private final ObjectProperty<LibraryEntry> right = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    /** Non-empty when the two texts picked are of two different series (shown as a banner). */
    private final StringProperty differentSeries = new SimpleStringProperty("");
    /** How often a long load updates the window's progress at most. */
    static final long SHOW_PROGRESS_EVERY = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(250);
    private final AtomicBoolean cancelLoad = new AtomicBoolean();
    private final Notices notices = new Notices();
    private final LibraryActions libraryActions = new LibraryActions(this);
    private BackgroundExecutor loader;
    /** (title, one-line message): shown by the view as an error dialog. */
    private BiConsumer<String, String> errorSink = (title, message) -> { };
    /** Bumped for each comparison asked, so a slow old result never replaces a newer one. */
    private long comparisonTicket;
    /** User files that cannot be read and are left alone; the view shows a bar for each. */
    private final ObservableList<UserFileProblem> problems = FXCollections.observableArrayList();
    /** The pair asked to be reopened, until loading has found it: closing during load must not forget it. */
    private Path pendingLeft;
    private Path pendingRight;
    private boolean pairPending;

    public MainViewModel(AppServices services) {
        this.services = services;
        left.addListener((obs, old, now) -> compareIfReady());
        right.addListener((obs, old, now) -> compareIfReady());
    }

    public void setErrorSink(BiConsumer<String, String> sink) {
        this.errorSink = Objects.requireNonNull(sink);
    }

    /** Shows an error (a dialog in the window): a title and one line. */
    void reportError(String title, Throwable error) {
        errorSink.accept(title, oneLine(error));
    }

    /** The services the window was built from. */
    AppServices services() {
        return services;
    }

    /** Loads the bundled corpus and the user's library, then reopens {@code lastLeft}/{@code lastRight} if found. */
    public void load(Path lastLeft, Path lastRight) {
        load(lastLeft, lastRight, false);
    }

    /**
     * As {@link #load(Path, Path)}; with {@code openNewestIfNone} (a first run, nothing remembered) it
     * opens the newest two adopted texts of the first series, so a new user sees a comparison at once.
     */
    public void load(Path lastLeft, Path lastRight, boolean openNewestIfNone) {
        pendingLeft = lastLeft;
        pendingRight = lastRight;
        pairPending = true;
        busy.set(true);
        loading.set(true);
        cancelLoad.set(false);
        progress.set(-1);
        status.set("Loading texts\u2026");
        // on a thread of its own: a first import of thousands of texts must not hold up comparisons
        if (loader == null) {
            loader = services.executor().separate();
        }
        long[] lastShown = {Long.MIN_VALUE};
        loader.submit(
                () -> services.library().load(p -> {
                    // a few updates a second, not one per text: each is work for the FX thread
                    long now = System.nanoTime();
                    if (p.soFar() == null && p.done() < p.total() && now - lastShown[0] < SHOW_PROGRESS_EVERY) {
                        return;
                    }
                    lastShown[0] = now;
                    services.executor().onUiThread(() -> showProgress(p));
                }, cancelLoad::get),
                loaded -> {
                    busy.set(false);
                    loading.set(false);
                    boolean picked = left.get() != null || right.get() != null;
                    library.set(loaded);
                    status.set(describe(loaded) + (cancelLoad.get() ? " (loading stopped: the rest is read next time)" : ""));
                    pairPending = false;
                    if (!picked) {
                        // the user did not pick a pair while the texts were read: reopen the last one
                        loaded.find(lastLeft).ifPresent(left::set);
                        loaded.find(lastRight).ifPresent(right::set);
                        if (openNewestIfNone && left.get() == null && right.get() == null) {
                            loaded.newestPair().ifPresent(pair -> {
                                left.set(pair.get(0));
                                right.set(pair.get(1));
                            });
                        }
                    }
                    String unreadable = services.library().problem();
                    if (unreadable != null) {
                        report(UserFileProblem.library(services.library().listFile(), unreadable,
                                services.library()::startAfresh));
                    }
                    String choices = services.library().choicesProblem();
                    if (choices != null) {
                        report(UserFileProblem.libraryChoices(services.library().choicesFile(), choices,
                                services.library()::startChoicesAfresh));
                    }
                    LibraryNotices.afterLoad(this, loaded, services.library().indexProblem());
                },
                error -> {
                    busy.set(false);
                    loading.set(false);
                    status.set("Could not load the library");
                    errorSink.accept("Could not load the library", oneLine(error));
                });
    }

    /** Progress of a load, and the texts read so far in the sidebar (it fills in during a first import). */
    private void showProgress(LoadStatus p) {
        if (!loading.get()) {
            return;
        }
        progress.set(p.fraction());
        status.set(p.describe() + (cancelLoad.get() ? " (stopping\u2026)" : ""));
        if (p.soFar() != null) {
            library.set(p.soFar());
        }
    }

    /**
     * The two texts to remember at close: the ones shown, or while loading has not yet found the
     * remembered pair, that pair (closing during load used to forget it).
     */
    public List<Path> pairToRemember() {
        if (pairPending && left.get() == null && right.get() == null) {
            // nothing picked while the texts were read: the pair asked for still stands
            return java.util.Arrays.asList(pendingLeft, pendingRight);
        }
        return java.util.Arrays.asList(left.get() == null ? null : left.get().source(),
                right.get() == null ? null : right.get().source());
    }

    /** Shows a bar for a user file that cannot be read (once per message). */
    public void report(UserFileProblem problem) {
        if (problems.stream().noneMatch(p -> p.message().equals(problem.message()))) {
            problems.add(problem);
        }
    }

    /** The user chose to start afresh: the old file is kept as a backup, the bar goes. */
    public void startAfresh(UserFileProblem problem) {
        services.executor().submit(problem.startAfresh(), backup -> {
            problems.remove(problem);
            status.set(backup == null ? "Started afresh" : "Started afresh; the old file is kept as " + backup.getFileName());
        }, error -> errorSink.accept("Could not start afresh", oneLine(error)));
    }

    /** The user chose "Not now": the file stays as it is, and the bar comes back at the next start. */
    public void dismiss(UserFileProblem problem) {
        problems.remove(problem);
    }

    public ObservableList<UserFileProblem> problems() {
        return problems;
    }

    /** Stops a load under way; the texts read so far are shown, and stay in the index. */
    public void cancelLoad() {
        if (loading.get()) {
            cancelLoad.set(true);
            status.set("Stopping\u2026");
        }
    }

    private static String describe(Library loaded) {
        int n = loaded.textCount();
        String s = n + (n == 1 ? " text" : " texts") + " in " + loaded.series().size() + " series";
        return loaded.failures().isEmpty() ? s : s + "; not read: " + String.join("; ", loaded.failures());
    }

    /** Adds files or folders to the user's library; texts that fail to parse leave everything else as it was. */
    public void addTexts(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        busy.set(true);
        status.set("Adding texts\u2026");
        services.executor().submit(() -> services.library().add(paths), (AddResult result) -> {
            busy.set(false);
            LibraryEntry l = left.get();
            LibraryEntry r = right.get();
            library.set(result.library());
            // the same texts in a new library: keep the pair (new entries, equal to the old)
            left.set(l == null ? null : result.library().find(l.source()).orElse(null));
            right.set(r == null ? null : result.library().find(r.source()).orElse(null));
            LibraryNotices.afterChange(this, result.library());
            status.set(result.added() + (result.added() == 1 ? " text added" : " texts added"));
            if (!result.failures().isEmpty()) {
                errorSink.accept("Could not read " + (result.failures().size() == 1 ? "a text" : "some texts"),
                        String.join("\n", result.failures()));
            }
        }, error -> {
            busy.set(false);
            status.set("Nothing added");
            errorSink.accept("Could not add texts", oneLine(error));
        });
    }

    public void swap() {
        LibraryEntry l = left.get();
        LibraryEntry r = right.get();
        // set both before comparing once: the listeners see the half-swapped state first
        comparisonTicket++;
        left.set(null);
        right.set(l);
        left.set(r);
    }

    private void compareIfReady() {
        LibraryEntry l = left.get();
        LibraryEntry r = right.get();
        long ticket = ++comparisonTicket;
        if (l == null || r == null) {
            viewer.pendingProperty().set("");
            viewer.comparisonProperty().set(null);
            differentSeries.set("");
            return;
        }
        differentSeries.set(library.get().differentSeries(l, r) ? seriesWarning(l, r) : "");
        busy.set(true);
        // names from the summaries: the whole texts are read in the background, not here
        String comparing = "Comparing " + l.displayName() + " with " + r.displayName() + "\u2026";
        status.set(comparing);
        viewer.pendingProperty().set(comparing);
        services.executor().submit(() -> services.comparer().compare(l.resolution(), r.resolution()), result -> {
            if (ticket != comparisonTicket) {
                return;
            }
            busy.set(false);
            viewer.currentRowProperty().set(-1);
            viewer.comparisonProperty().set(result);
            viewer.pendingProperty().set("");
            status.set(summaryLine(result));
        }, error -> {
            if (ticket != comparisonTicket) {
                return;
            }
            busy.set(false);
            viewer.comparisonProperty().set(null);
            viewer.pendingProperty().set("");
            status.set("Comparison failed");
            errorSink.accept("Could not compare the texts", oneLine(error));
        });
    }

    private String seriesWarning(LibraryEntry l, LibraryEntry r) {
        String a = library.get().seriesOf(l).map(s -> s.title()).orElse("?");
        String b = library.get().seriesOf(r).map(s -> s.title()).orElse("?");
        return "Different series: " + l.displayName() + " is \u201C" + a + "\u201D, " + r.displayName() + " is \u201C"
                + b + "\u201D. This compares two resolutions, not two versions of one.";
    }

    static String summaryLine(Comparison c) {
        var s = c.summary();
        return c.left().displayName() + " \u2192 " + c.right().displayName() + ": " + s.modified() + " modified, "
                + s.added() + " added, " + s.removed() + " removed, " + s.moved() + " moved, "
                + s.unchanged() + " unchanged";
    }

    /** Writes the comparison on screen as PDF, honouring the editorial and only-changes toggles. */
    public void exportPdf(Path out, Runnable onDone) {
        Comparison c = viewer.comparisonProperty().get();
        if (c == null) {
            errorSink.accept("Nothing to export", "Pick a left and a right text first.");
            return;
        }
        PdfOptions options = new PdfOptions(PdfOptions.PageSize.A4, viewer.showEditorialProperty().get(),
                viewer.onlyChangesProperty().get());
        // the PDF must never replace one of the texts it compares
        List<Path> inputs = java.util.stream.Stream.of(left.get(), right.get()).filter(Objects::nonNull)
                .map(LibraryEntry::source).filter(Objects::nonNull).toList();
        busy.set(true);
        progress.set(-1);
        status.set("Writing " + out.getFileName() + "\u2026");
        services.executor().submit(() -> {
            services.pdf().write(c, out, options, inputs);
            return out;
        }, written -> {
            busy.set(false);
            status.set("Saved " + written);
            onDone.run();
        }, error -> {
            busy.set(false);
            status.set("PDF not written");
            errorSink.accept("Could not write the PDF", oneLine(error));
            onDone.run();
        });
    }

    /** The status bar confirms a copied clause: "Copied OP 8 of A/RES/69/179". */
    public void clauseCopied() {
        var row = viewer.currentRowValue();
        Comparison c = viewer.comparisonProperty().get();
        if (row == null || c == null) {
            return;
        }
        boolean right = row.right() != null;
        status.set("Copied " + (right ? row.right() : row.left()).label() + " of "
                + (right ? c.right() : c.left()).displayName());
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m.lines().findFirst().orElse(m);
    }

    public ViewerViewModel viewer() {
        return viewer;
    }

    /** Remove, undo, locate, duplicates: managing the library. */
    public LibraryActions libraryActions() {
        return libraryActions;
    }

    /** The messages waiting for the user above the status bar. */
    public Notices notices() {
        return notices;
    }

    public ObjectProperty<Library> libraryProperty() {
        return library;
    }

    public ObjectProperty<LibraryEntry> leftProperty() {
        return left;
    }

    public ObjectProperty<LibraryEntry> rightProperty() {
        return right;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** True while the library loads (the status bar offers to stop it). */
    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** A warning when the two texts compared are of two different series, else "". */
    public StringProperty differentSeriesProperty() {
        return differentSeries;
    }
}
