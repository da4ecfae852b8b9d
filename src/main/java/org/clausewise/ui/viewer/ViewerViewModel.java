package org.clausewise.ui.viewer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * State of the side-by-side viewer, without a window: the comparison, which rows are shown
 * (all, or only changes; editorial changes shown or hidden), the current change, the text size,
 * find-in-text. The view binds to these properties and draws.
 */
public final class ViewerViewModel {
    public static final double DEFAULT_FONT_SIZE = 14;
    static final double MIN_FONT_SIZE = 9;
    static final double MAX_FONT_SIZE = 32;

    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>();
    private final BooleanProperty showEditorial = new SimpleBooleanProperty(true);
    private final BooleanProperty onlyChanges = new SimpleBooleanProperty(false);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(DEFAULT_FONT_SIZE);
    private final ReadOnlyObjectWrapper<List<ClauseRow>> visibleRows = new ReadOnlyObjectWrapper<>(List.of());
    /** Index into {@link #visibleRows()} of the row the caret is in; -1 for none. */
    private final IntegerProperty currentRow = new SimpleIntegerProperty(-1);
    private final ObjectProperty<FindMatch> lastMatch = new SimpleObjectProperty<>();

    public ViewerViewModel() {
        comparison.addListener((obs, old, now) -> refreshRows());
        showEditorial.addListener((obs, old, now) -> refreshRows());
        onlyChanges.addListener((obs, old, now) -> refreshRows());
    }

    private void refreshRows() {
        ClauseRow current = currentRowValue();
        Comparison c = comparison.get();
        List<ClauseRow> rows = new ArrayList<>();
        if (c != null) {
            for (ClauseRow row : c.allRows()) {
                if (!onlyChanges.get() || isChange(row)) {
                    rows.add(row);
                }
            }
        }
        lastMatch.set(null);
        visibleRows.set(List.copyOf(rows));
        currentRow.set(current == null ? -1 : rows.indexOf(current));
    }

    /** A change the reader navigates to: anything but unchanged, and editorial-only rows only while shown. */
    public boolean isChange(ClauseRow row) {
        if (row.kind() == ChangeKind.UNCHANGED) {
            return false;
        }
        return showEditorial.get() || !ChangeDescriptions.isEditorialOnly(row);
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

    public ReadOnlyObjectProperty<List<ClauseRow>> visibleRowsProperty() {
        return visibleRows.getReadOnlyProperty();
    }

    public List<ClauseRow> visibleRows() {
        return visibleRows.get();
    }

    public IntegerProperty currentRowProperty() {
        return currentRow;
    }

    public ObjectProperty<FindMatch> lastMatchProperty() {
        return lastMatch;
    }

    public ClauseRow currentRowValue() {
        int i = currentRow.get();
        List<ClauseRow> rows = visibleRows.get();
        return i >= 0 && i < rows.size() ? rows.get(i) : null;
    }

    /** Moves to the next change after the current row; stays put (and returns false) at the last. */
    public boolean nextChange() {
        List<ClauseRow> rows = visibleRows.get();
        for (int i = currentRow.get() + 1; i < rows.size(); i++) {
            if (isChange(rows.get(i))) {
                currentRow.set(i);
                return true;
            }
        }
        return false;
    }

    /** Moves to the previous change before the current row; stays put at the first. */
    public boolean previousChange() {
        List<ClauseRow> rows = visibleRows.get();
        int from = currentRow.get() < 0 ? rows.size() : currentRow.get();
        for (int i = from - 1; i >= 0; i--) {
            if (isChange(rows.get(i))) {
                currentRow.set(i);
                return true;
            }
        }
        return false;
    }

    /** Makes {@code row} current if it is shown (clicking a change in the list). */
    public void goTo(ClauseRow row) {
        int i = visibleRows.get().indexOf(row);
        if (i >= 0) {
            currentRow.set(i);
        }
    }

    /** The visible rows that are changes, in order, for the change list. */
    public List<ClauseRow> changes() {
        return visibleRows.get().stream().filter(this::isChange).toList();
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

    public StyledText styledText(ClauseRow row, Side side) {
        return new ClauseTextBuilder(showEditorial.get()).build(row, side);
    }

    /**
     * Finds {@code query} (ignoring case) in the shown texts after the last match, or from the
     * current row; wraps around once. Makes the matching row current.
     */
    public Optional<FindMatch> findNext(String query) {
        if (query == null || query.isBlank()) {
            lastMatch.set(null);
            return Optional.empty();
        }
        String needle = query.toLowerCase(Locale.ROOT);
        List<FindMatch> all = new ArrayList<>();
        List<ClauseRow> rows = visibleRows.get();
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
