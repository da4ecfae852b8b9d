package org.clausewise.ui.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.clausewise.lineage.ClauseHistory;
import org.clausewise.lineage.SeriesLineage;
import org.clausewise.model.Clause;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;

/**
 * State of the series overview: a grid of clauses × texts, and the two things a cell opens, the
 * clause's history or the comparison of that text with the one before.
 */
public final class SeriesOverviewViewModel {
    private static final int PREVIEW = 64;

    private final SeriesLineage lineage;
    private final String seriesTitle;
    private final List<OverviewColumn> columns;
    private final List<OverviewRow> preamble;
    private final List<OverviewRow> operative;
    private final List<OverviewRow> annex;
    private Consumer<ClauseHistory> onOpenHistory = h -> { };
    private BiConsumer<Resolution, Resolution> onOpenComparison = (l, r) -> { };

    public SeriesOverviewViewModel(SeriesLineage lineage, String seriesTitle) {
        this.lineage = lineage;
        this.seriesTitle = seriesTitle;
        List<OverviewColumn> cols = new ArrayList<>();
        for (int i = 0; i < lineage.timeline().size(); i++) {
            Resolution t = lineage.timeline().get(i);
            cols.add(new OverviewColumn(i, ClauseHistoryViewModel.sessionOf(t), ClauseHistoryViewModel.name(t),
                    t.kind() == ResolutionKind.DRAFT, t));
        }
        this.columns = List.copyOf(cols);
        this.preamble = rows(lineage.preamble());
        this.operative = rows(lineage.operative());
        this.annex = rows(lineage.annex());
    }

    public String title() {
        return seriesTitle;
    }

    /** "5 texts, 61st session to 69th session · 52 clauses". */
    public String summary() {
        String span = columns.isEmpty() ? "" : ", " + columns.get(0).session() + " to "
                + columns.get(columns.size() - 1).session();
        return columns.size() + " texts" + span + " · " + lineage.historyCount() + " clauses";
    }

    public SeriesLineage lineage() {
        return lineage;
    }

    public List<OverviewColumn> columns() {
        return columns;
    }

    public List<OverviewRow> rows(Part part) {
        return part == Part.PREAMBLE ? preamble : part == Part.OPERATIVE ? operative : annex;
    }

    /** Opens the history of a row's clause. */
    public void openHistory(OverviewRow row) {
        onOpenHistory.accept(row.history());
    }

    /** Opens the comparison of the text at {@code position} with the one before; the first text has none. */
    public boolean openComparison(int position) {
        return openComparison(position - 1, position);
    }

    /** Opens the comparison of any two texts of the series, the older one on the left. */
    public boolean openComparison(int a, int b) {
        if (a == b || Math.min(a, b) < 0 || Math.max(a, b) >= columns.size()) {
            return false;
        }
        onOpenComparison.accept(columns.get(Math.min(a, b)).text(), columns.get(Math.max(a, b)).text());
        return true;
    }

    public void setOnOpenHistory(Consumer<ClauseHistory> action) {
        this.onOpenHistory = action == null ? h -> { } : action;
    }

    public void setOnOpenComparison(BiConsumer<Resolution, Resolution> action) {
        this.onOpenComparison = action == null ? (l, r) -> { } : action;
    }

    private List<OverviewRow> rows(List<ClauseHistory> histories) {
        List<OverviewRow> rows = new ArrayList<>();
        for (ClauseHistory h : histories) {
            List<OverviewCell> cells = new ArrayList<>();
            for (OverviewColumn col : columns) {
                cells.add(cell(h, col));
            }
            String text = h.latest().clause().text().strip();
            String preview = text.length() <= PREVIEW ? text : text.substring(0, PREVIEW - 1).strip() + "…";
            rows.add(new OverviewRow(h, h.latest().clause().label(), preview, cells));
        }
        return List.copyOf(rows);
    }

    /** "8", "IV.3" where numbering restarts per section, "¶ 3" in an annex, "OP" for an unnumbered paragraph. */
    static String number(Clause c) {
        String n = c.label().replaceFirst("^(OP|PP) ", "").replaceFirst("^Annex( [A-Z0-9]+)? ", "");
        return n.isEmpty() ? c.label() : n;
    }

    private static OverviewCell cell(ClauseHistory h, OverviewColumn col) {
        VersionState state = VersionState.of(h, col.position());
        String where = " in " + col.textName() + " (" + col.session() + ")";
        return h.at(col.position())
                .map(v -> new OverviewCell(col.position(), state,
                        (number(v.clause()) + " " + state.mark()).strip(),
                        v.clause().label() + where + ": " + state.description()))
                .orElseGet(() -> new OverviewCell(col.position(), state, state.mark(),
                        h.latest().clause().label() + " of " + h.latest().text().displayName() + " is "
                                + (state == VersionState.DROPPED ? "dropped" : "absent") + where));
    }
}
