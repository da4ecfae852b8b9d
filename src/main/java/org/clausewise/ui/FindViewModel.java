package org.clausewise.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clausewise.present.PresentedRow;
import org.clausewise.present.Presentation;
import org.clausewise.present.Side;
import org.clausewise.ui.viewer.FindMatch;
import org.clausewise.ui.viewer.ViewerViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Find in both texts, without a window: every match of the query in the rows shown (left side
 * before right, in reading order), which one is current, and where it stands ("3 of 12"). Next and
 * previous wrap around. The matches follow what is shown: a new comparison or new view options
 * find them again. Going to a match makes its row the viewer's current row and selects the words.
 */
public final class FindViewModel {
    private final ViewerViewModel viewer;
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private List<FindMatch> matches = List.of();
    /** Index into {@link #matches} of the match shown, -1 before the first. */
    private int current = -1;

    public FindViewModel(ViewerViewModel viewer) {
        this.viewer = viewer;
        query.addListener((obs, old, now) -> findAgain());
        viewer.presentationProperty().addListener((obs, old, now) -> findAgain());
    }

    private void findAgain() {
        matches = all(viewer.presentation(), query.get());
        current = -1;
        describe();
    }

    private List<FindMatch> all(Presentation p, String query) {
        if (p == null || query == null || query.isBlank()) {
            return List.of();
        }
        String needle = query.toLowerCase(Locale.ROOT);
        List<FindMatch> found = new ArrayList<>();
        List<PresentedRow> rows = p.clauseRows();
        for (int r = 0; r < rows.size(); r++) {
            for (Side side : Side.values()) {
                String hay = viewer.styledText(rows.get(r), side).text().toLowerCase(Locale.ROOT);
                for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
                    found.add(new FindMatch(r, side, at, at + needle.length()));
                }
            }
        }
        return List.copyOf(found);
    }

    /** Goes to the next match (from the viewer's current row the first time); false when there is none. */
    public boolean next() {
        if (matches.isEmpty()) {
            describe();
            return false;
        }
        if (current < 0) {
            int from = Math.max(viewer.currentRowProperty().get(), 0);
            current = 0;
            for (int i = 0; i < matches.size(); i++) {
                if (matches.get(i).row() >= from) {
                    current = i;
                    break;
                }
            }
        } else {
            current = (current + 1) % matches.size();
        }
        show();
        return true;
    }

    /** Goes to the previous match (the last before the viewer's current row the first time). */
    public boolean previous() {
        if (matches.isEmpty()) {
            describe();
            return false;
        }
        if (current < 0) {
            int from = viewer.currentRowProperty().get();
            current = matches.size() - 1;
            for (int i = matches.size() - 1; i >= 0; i--) {
                if (from < 0 || matches.get(i).row() < from) {
                    current = i;
                    break;
                }
            }
        } else {
            current = (current - 1 + matches.size()) % matches.size();
        }
        show();
        return true;
    }

    private void show() {
        FindMatch m = matches.get(current);
        // the match first: the viewer then selects its words rather than the row's first change
        viewer.lastMatchProperty().set(m);
        viewer.currentRowProperty().set(m.row());
        describe();
    }

    private void describe() {
        if (query.get() == null || query.get().isBlank()) {
            position.set("");
        } else if (viewer.presentation() == null) {
            position.set("No comparison");
        } else if (matches.isEmpty()) {
            position.set("No matches");
        } else if (current < 0) {
            position.set(matches.size() == 1 ? "1 match" : matches.size() + " matches");
        } else {
            position.set((current + 1) + " of " + matches.size());
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** "3 of 12", "12 matches" before the first, "No matches", or "" with nothing to find. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** How many matches the query has in what is shown. */
    public int count() {
        return matches.size();
    }

    /** The match shown, or null. */
    public FindMatch currentMatch() {
        return current < 0 ? null : matches.get(current);
    }
}
