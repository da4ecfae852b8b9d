package org.clausewise.ui.viewer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;
import org.clausewise.present.DisplayRow;
import org.clausewise.present.GroupRow;
import org.clausewise.present.PresentedRow;
import org.clausewise.present.Presentation;
import org.clausewise.present.Side;
import org.clausewise.present.ViewOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * State of the side-by-side viewer, without a window: the comparison and what is shown of it
 * (a {@link Presentation} of the options: all rows or only changes, editorial changes shown or
 * hidden), the current row, the text size, find-in-text. The viewer, the change list and F7 all
 * read the one presentation, so they cannot disagree.
 */
public final class ViewerViewModel {
    public static final double DEFAULT_FONT_SIZE = 14;
    static final double MIN_FONT_SIZE = 9;
    static final double MAX_FONT_SIZE = 32;

    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>();
    private final BooleanProperty showEditorial = new SimpleBooleanProperty(true);
    private final BooleanProperty onlyChanges = new SimpleBooleanProperty(false);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(DEFAULT_FONT_SIZE);
    /** Null while there is no comparison; a new object for every change of comparison or options. */
    private final ReadOnlyObjectWrapper<Presentation> presentation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<ClauseRow>> visibleRows = new ReadOnlyObjectWrapper<>(List.of());
    /** Index into {@link #visibleRows()} of the row the caret is in; -1 for none (or on a heading). */
    private final IntegerProperty currentRow = new SimpleIntegerProperty(-1);
    /** The section or annex heading F7 or the change list last went to; null when on a clause row. */
    private final ObjectProperty<GroupRow> currentHeading = new SimpleObjectProperty<>();
    /** Set while moving onto a heading, which leaves no clause row current. */
    private boolean onHeading;
    private final ObjectProperty<FindMatch> lastMatch = new SimpleObjectProperty<>();
    /** "Comparing A/RES/61/168 with A/RES/69/179…" while a comparison runs, else empty. */
    private final StringProperty pending = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper changePosition = new ReadOnlyStringWrapper("");

    public ViewerViewModel() {
        comparison.addListener((obs, old, now) -> refreshRows());
        showEditorial.addListener((obs, old, now) -> refreshRows());
        onlyChanges.addListener((obs, old, now) -> refreshRows());
        currentRow.addListener((obs, old, now) -> {
            if (now.intValue() < 0 && !onHeading) {
                currentHeading.set(null); // "no current row" from outside: nowhere, not on a heading either
            }
            changePosition.set(describePosition());
        });
        currentHeading.addListener((obs, old, now) -> changePosition.set(describePosition()));
    }

    private void refreshRows() {
        ClauseRow current = currentRowValue();
        Comparison c = comparison.get();
        Presentation p = c == null ? null : Presentation.of(c, options());
        List<ClauseRow> rows = new ArrayList<>();
        if (p != null) {
            p.clauseRows().forEach(r -> rows.add(r.source()));
        }
        GroupRow heading = currentHeading.get();
        lastMatch.set(null);
        presentation.set(p);
        visibleRows.set(List.copyOf(rows));
        onHeading = true; // the heading (if still shown) stays current
        try {
            currentRow.set(current == null ? -1 : rows.indexOf(current));
            currentHeading.set(heading == null || p == null ? null : sameHeading(p, heading));
        } finally {
            onHeading = false;
        }
        changePosition.set(describePosition());
    }

    /** The group row of {@code p} over the same heading as {@code heading}, or null when it is not shown. */
    private static GroupRow sameHeading(Presentation p, GroupRow heading) {
        for (DisplayRow row : p.rows()) {
            if (row instanceof GroupRow g && g.source() != null && g.source() == heading.source()) {
                return g;
            }
        }
        return null;
    }

    public ViewOptions options() {
        return new ViewOptions(onlyChanges.get(), showEditorial.get());
    }

    /** "change 4 of 12" on a change, "12 changes" elsewhere, "No changes" when there are none. */
    private String describePosition() {
        Presentation p = presentation.get();
        if (p == null) {
            return "";
        }
        int total = p.changeList().size();
        if (total == 0) {
            return "No changes";
        }
        int n = p.stopNumber(currentStop());
        return n > 0 ? "change " + n + " of " + total : total + (total == 1 ? " change" : " changes");
    }

    public ObjectProperty<Comparison> comparisonProperty() {
        return comparison;
    }

    public BooleanProperty showEditorialProperty() {
        return showEditorial;
    }

    public BooleanProperty onlyChangesProperty() {
        return onlyChanges;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public ReadOnlyObjectProperty<Presentation> presentationProperty() {
        return presentation.getReadOnlyProperty();
    }

    public Presentation presentation() {
        return presentation.get();
    }

    public ReadOnlyObjectProperty<List<ClauseRow>> visibleRowsProperty() {
        return visibleRows.getReadOnlyProperty();
    }

    /** The comparison rows shown, in order; the same order as the presentation's clause rows. */
    public List<ClauseRow> visibleRows() {
        return visibleRows.get();
    }

    public IntegerProperty currentRowProperty() {
        return currentRow;
    }

    public ObjectProperty<FindMatch> lastMatchProperty() {
        return lastMatch;
    }

    public StringProperty pendingProperty() {
        return pending;
    }

    /** "change 4 of 12": where the current row stands in the change list. */
    public ReadOnlyStringProperty changePositionProperty() {
        return changePosition.getReadOnlyProperty();
    }

    public ClauseRow currentRowValue() {
        PresentedRow row = currentPresented();
        return row == null ? null : row.source();
    }

    /** The current row as shown, or null. */
    public PresentedRow currentPresented() {
        Presentation p = presentation.get();
        int i = currentRow.get();
        return p != null && i >= 0 && i < p.clauseRows().size() ? p.clauseRows().get(i) : null;
    }

    /** The current heading of a section or annex, or null when the caret is on a clause row (or nowhere). */
    public ObjectProperty<GroupRow> currentHeadingProperty() {
        return currentHeading;
    }

    /** Where the reader is: the current heading, else the current clause row; null for nowhere. */
    public DisplayRow currentStop() {
        GroupRow heading = currentHeading.get();
        return heading != null ? heading : currentPresented();
    }

    /**
     * Moves to the next change after the current row or heading (a changed section or annex heading
     * is a stop too); stays put (and returns false) at the last.
     */
    public boolean nextChange() {
        Presentation p = presentation.get();
        return p != null && moveTo(p.nextStop(currentStop()));
    }

    /** Moves to the previous change before the current row or heading; stays put at the first. */
    public boolean previousChange() {
        Presentation p = presentation.get();
        return p != null && moveTo(p.previousStop(currentStop()));
    }

    private boolean moveTo(Optional<DisplayRow> stop) {
        stop.ifPresent(this::goTo);
        return stop.isPresent();
    }

    /** Makes {@code row} current if it is shown (clicking a row or a change in the list). */
    public void goTo(ClauseRow row) {
        int i = visibleRows.get().indexOf(row);
        if (i >= 0) {
            currentHeading.set(null);
            currentRow.set(i);
        }
    }

    /** Makes a shown clause row or heading current (F7, the change list). */
    public void goTo(DisplayRow stop) {
        if (stop instanceof PresentedRow row) {
            goTo(row.source());
        } else if (stop instanceof GroupRow heading && presentation.get() != null
                && presentation.get().rows().contains(heading)) {
            onHeading = true;
            try {
                currentRow.set(-1);
                currentHeading.set(heading);
            } finally {
                onHeading = false;
            }
        }
    }

    /** The clause rows shown that are changes, in order (the change list without its headings). */
    public List<PresentedRow> changes() {
        Presentation p = presentation.get();
        return p == null ? List.of() : p.changes();
    }

    /** The change list: the shown rows and headings that are changes, in order; F7 stops at exactly these. */
    public List<DisplayRow> changeList() {
        Presentation p = presentation.get();
        return p == null ? List.of() : p.changeList();
    }

    public void zoomIn() {
        fontSize.set(Math.min(MAX_FONT_SIZE, fontSize.get() + 1));
    }

    public void zoomOut() {
        fontSize.set(Math.max(MIN_FONT_SIZE, fontSize.get() - 1));
    }

    public void resetZoom() {
        fontSize.set(DEFAULT_FONT_SIZE);
    }

    /** One side of a shown row as the text areas draw it. */
    public StyledText styledText(PresentedRow row, Side side) {
        return ScreenText.of(row.text(side));
    }

    /**
     * Finds {@code query} (ignoring case) in the shown texts after the last match, or from the
     * current row; wraps around once. Makes the matching row current.
     */
    public Optional<FindMatch> findNext(String query) {
        Presentation p = presentation.get();
        if (query == null || query.isBlank() || p == null) {
            lastMatch.set(null);
            return Optional.empty();
        }
        String needle = query.toLowerCase(Locale.ROOT);
        List<FindMatch> all = new ArrayList<>();
        List<PresentedRow> rows = p.clauseRows();
        for (int r = 0; r < rows.size(); r++) {
            for (Side side : Side.values()) {
                String hay = styledText(rows.get(r), side).text().toLowerCase(Locale.ROOT);
                for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
                    all.add(new FindMatch(r, side, at, at + needle.length()));
                }
            }
        }
        if (all.isEmpty()) {
            lastMatch.set(null);
            return Optional.empty();
        }
        FindMatch last = lastMatch.get();
        int fromRow = last != null ? last.row() : Math.max(currentRow.get(), 0);
        Side fromSide = last != null ? last.side() : Side.LEFT;
        int fromStart = last != null ? last.start() : -1;
        FindMatch hit = all.stream().filter(m -> m.isAfter(fromRow, fromSide, fromStart)).findFirst()
                .orElse(all.get(0));
        lastMatch.set(hit);
        currentRow.set(hit.row());
        return Optional.of(hit);
    }

    /**
     * The clause as a delegate would quote it: "A/RES/69/179, OP 8: Emphasizes …". Uses the
     * right text's clause, or the left one when the clause was removed.
     */
    public Optional<String> quoteCurrentClause() {
        ClauseRow row = currentRowValue();
        Comparison c = comparison.get();
        if (row == null || c == null) {
            return Optional.empty();
        }
        boolean right = row.right() != null;
        return Optional.of(quote(right ? c.right() : c.left(), right ? row.right() : row.left()));
    }

    public static String quote(Resolution resolution, Clause clause) {
        return resolution.displayName() + ", " + clause.label() + ": " + clause.fullText();
    }
}
