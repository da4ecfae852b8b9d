package org.clausewise.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.clausewise.compare.Story;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.compare.ThreeWayRow;
import org.clausewise.model.Part;

/**
 * What is shown of a three-way comparison under the view options, decided once for the negotiation
 * window, its change list and F7, the PDF and {@code compare3}: the rows per part, the change list
 * (every story but "carried over unchanged"; F7 and Shift+F7 stop there and only there) and the
 * counts per story. Immutable: a change of options makes a new one.
 */
public final class ThreeWayPresentation {
    private final ThreeWayComparison comparison;
    private final ViewOptions options;
    private final List<Group> groups;
    private final List<ThreeWayPresentedRow> clauseRows;
    private final List<ThreeWayPresentedRow> changes;

    /**
     * A part's (or an annex's) heading and its rows shown (none when only changes are shown and it
     * has none); a row opening a section carries that section's headings.
     */
    public record Group(GroupRow heading, Part part, List<ThreeWayPresentedRow> rows) {
        public Group {
            rows = List.copyOf(rows);
        }
    }

    private ThreeWayPresentation(ThreeWayComparison comparison, ViewOptions options, List<Group> groups) {
        this.comparison = comparison;
        this.options = options;
        this.groups = List.copyOf(groups);
        this.clauseRows = groups.stream().flatMap(g -> g.rows().stream()).toList();
        this.changes = clauseRows.stream().filter(ThreeWayPresentedRow::isChange).toList();
    }

    public static ThreeWayPresentation of(ThreeWayComparison comparison, ViewOptions options) {
        ThreeWayRowPresenter presenter = new ThreeWayRowPresenter(options);
        SectionHeadings tree = new SectionHeadings(comparison);
        List<Group> groups = new ArrayList<>();
        groups.add(group(GroupRow.Kind.PART, "Preamble", Part.PREAMBLE, comparison.preamble(), presenter, tree, options));
        groups.add(group(GroupRow.Kind.PART, "Operative part", Part.OPERATIVE, comparison.operative(), presenter,
                tree, options));
        tree.byAnnex(comparison.annexes()).forEach((title, rows) ->
                groups.add(group(GroupRow.Kind.ANNEX, title, Part.ANNEX, rows, presenter, tree, options)));
        return new ThreeWayPresentation(comparison, options, groups);
    }

    private static Group group(GroupRow.Kind kind, String title, Part part, List<ThreeWayRow> rows,
                               ThreeWayRowPresenter presenter, SectionHeadings tree, ViewOptions options) {
        List<ThreeWayPresentedRow> shown = tree.place(rows.stream().map(presenter::present)
                .filter(r -> !options.onlyChanges() || r.isChange()).toList());
        return new Group(new GroupRow(kind, 0, title, shown.size(), rows.size()), part, shown);
    }

    public ThreeWayComparison comparison() {
        return comparison;
    }

    public ViewOptions options() {
        return options;
    }

    /** Every part, also those with no row shown. */
    public List<Group> groups() {
        return groups;
    }

    /** The clause rows shown, in order. */
    public List<ThreeWayPresentedRow> clauseRows() {
        return clauseRows;
    }

    /** The change list: the rows shown whose story is a change. */
    public List<ThreeWayPresentedRow> changes() {
        return changes;
    }

    /** Rows per story, of the whole texts whatever is shown. */
    public Map<Story, Integer> counts() {
        return comparison.counts();
    }

    /** 1 for the first change of the list, …; 0 when the row is not a change shown. */
    public int changeNumber(ThreeWayPresentedRow row) {
        return row == null || !row.isChange() ? 0 : changes.indexOf(row) + 1;
    }

    /** The first change after the clause row at {@code index} of {@link #clauseRows()} (-1: from the top). */
    public Optional<ThreeWayPresentedRow> nextChange(int index) {
        return IntStream.range(Math.max(index + 1, 0), clauseRows.size()).mapToObj(clauseRows::get)
                .filter(ThreeWayPresentedRow::isChange).findFirst();
    }

    /** The last change before the clause row at {@code index} (-1 or past the end: from the bottom). */
    public Optional<ThreeWayPresentedRow> previousChange(int index) {
        int from = index < 0 || index > clauseRows.size() ? clauseRows.size() : index;
        return IntStream.range(0, from).map(i -> from - 1 - i).mapToObj(clauseRows::get)
                .filter(ThreeWayPresentedRow::isChange).findFirst();
    }
}
