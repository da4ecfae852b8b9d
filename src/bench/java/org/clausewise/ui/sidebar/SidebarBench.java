package org.clausewise.ui.sidebar;

import org.clausewise.model.Clause;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.SeriesTimeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The sidebar with 25,000 entries (5,000 made-up series over five sessions, a draft in every
 * tenth): setting the library (choices, counts), filtering by words, session, Committee and kind,
 * and building the tree's items. Called by {@code bench corpus} (by class name: the command line
 * does not depend on the UI). Plain objects, no window: the tree shows only the rows on screen.
 */
public final class SidebarBench {
    static final int ENTRIES = 25_000;
    private static final int RUNS = 15;

    private SidebarBench() {
    }

    public static void run(PrintStream out) {
        long t0 = System.nanoTime();
        Library library = library();
        double make = ms(t0);
        TimelineViewModel vm = new TimelineViewModel();
        double[] set = time(() -> {
            vm.libraryProperty().set(Library.empty());
            vm.libraryProperty().set(library);
        });
        List<SidebarFilter> filters = List.of(new SidebarFilter("cooperation 78th", null, null, null),
                new SidebarFilter("", 79, null, null), new SidebarFilter("", null, "Third Committee", null),
                new SidebarFilter("cooperation", null, null, ResolutionKind.DRAFT), new SidebarFilter("zzz-nothing", null, null, null));
        double worst = 0;
        StringBuilder each = new StringBuilder();
        for (SidebarFilter f : filters) {
            int[] shown = new int[1];
            double[] t = time(() -> shown[0] = f.apply(library).size());
            worst = Math.max(worst, median(t));
            each.append(String.format(Locale.ROOT, "%s%.1f ms (%d series)", each.length() == 0 ? "" : ", ", median(t), shown[0]));
        }
        double[] tree = time(() -> TimelineView.items(library.series(), null, null));
        out.printf(Locale.ROOT, "bench corpus: sidebar with %,d entries in %,d series (made in %.0f ms): setting the library"
                        + " %.1f ms; filters %s; worst %.1f ms; building the tree %.1f ms (medians of %d)%n",
                library.textCount(), library.series().size(), make, median(set), each, worst, median(tree), RUNS);
    }

    static Library library() {
        String[] subjects = {"water", "cooperation", "education", "health", "oceans", "disarmament", "refugees", "youth"};
        List<SeriesTimeline> series = new ArrayList<>();
        int n = 0;
        for (int s = 0; n < ENTRIES; s++) {
            String title = "Made-up " + subjects[s % subjects.length] + " matters number " + s;
            List<LibraryEntry> adopted = new ArrayList<>();
            List<LibraryEntry> drafts = new ArrayList<>();
            for (int session = 75; session < 80 && n < ENTRIES; session++, n++) {
                boolean draft = n % 10 == 9;
                String symbol = draft ? "A/C.3/" + session + "/L." + s : "A/RES/" + session + "/" + s;
                Resolution r = new Resolution(symbol, session, draft ? ResolutionKind.DRAFT : ResolutionKind.RESOLUTION,
                        title, LocalDate.of(1945 + session, 12, 1 + s % 28),
                        List.of(Clause.preambular(1, "Recalling made-up text " + s + ",", List.of())), List.of(),
                        List.of(), List.of(), symbol);
                (draft ? drafts : adopted).add(new LibraryEntry(Path.of("/bench", "text-" + n + ".txt"), r));
            }
            series.add(new SeriesTimeline(title, adopted, drafts));
        }
        return new Library(series, List.of());
    }

    private static double[] time(Runnable work) {
        work.run();
        double[] t = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            work.run();
            t[i] = ms(t0);
        }
        return t;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }
}
