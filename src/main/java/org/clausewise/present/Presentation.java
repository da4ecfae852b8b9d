package org.clausewise.present;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausewise.model.ChangeSummary;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.Part;

/**
 * What is shown of a comparison under the view options, decided once for the window, its change
 * list and F7 navigation, the PDF and the command line: the rows in reading order with group
 * headings, the change list (which is also where F7 and Shift+F7 stop), and the counts.
 * Immutable: a change of options makes a new presentation.
 */
public final class Presentation {
    private final Comparison comparison;
    private final ViewOptions options;
    private final List<Group> groups;
    private final List<DisplayRow> rows;
    private final List<PresentedRow> clauseRows;
    private final List<PresentedRow> changes;
    private final Map<ClauseRow, PresentedRow> bySource = new IdentityHashMap<>();

    /**
     * A group heading and its rows that are shown (none when only changes are shown and it has
     * none), with the part of the text the group belongs to.
     */
    public record Group(GroupRow heading, Part part, List<PresentedRow> rows) {
        public Group {
            rows = List.copyOf(rows);
        }
    }

    private Presentation(Comparison comparison, ViewOptions options, List<Group> groups) {
        this.comparison = comparison;
        this.options = options;
        this.groups = List.copyOf(groups);
        List<DisplayRow> all = new ArrayList<>();
        List<PresentedRow> clauses = new ArrayList<>();
        List<PresentedRow> changed = new ArrayList<>();
        for (Group g : groups) {
            if (g.rows().isEmpty()) {
                continue;
            }
            all.add(g.heading());
            for (PresentedRow row : g.rows()) {
                all.add(row);
                clauses.add(row);
                bySource.put(row.source(), row);
                if (row.isChange()) {
                    changed.add(row);
                }
            }
        }
        this.rows = List.copyOf(all);
        this.clauseRows = List.copyOf(clauses);
        this.changes = List.copyOf(changed);
    }

    public static Presentation of(Comparison comparison, ViewOptions options) {
        RowPresenter presenter = new RowPresenter(options);
        List<Group> groups = new ArrayList<>();
        for (Part part : Part.values()) {
            List<ClauseRow> partRows = comparison.rows(part);
            if (part == Part.ANNEX && partRows.isEmpty()) {
                continue; // annexes are not compared yet (decision 0007): no empty group for them
            }
            List<PresentedRow> shown = new ArrayList<>(partRows.size());
            for (ClauseRow row : partRows) {
                PresentedRow p = presenter.present(row);
                if (!options.onlyChanges() || p.isChange()) {
                    shown.add(p);
                }
            }
            groups.add(new Group(new GroupRow(GroupRow.Kind.PART, 0, title(part), shown.size(), partRows.size()),
                    part, shown));
        }
        return new Presentation(comparison, options, groups);
    }

    private static String title(Part part) {
        return part == Part.PREAMBLE ? "Preamble" : "Operative part";
    }

    public Comparison comparison() {
        return comparison;
    }

    public ViewOptions options() {
        return options;
    }

    /** Every group of the text, also those with no row shown, with the rows shown in each. */
    public List<Group> groups() {
        return groups;
    }

    /** What is drawn, in order: each group heading that has rows shown, then those rows. */
    public List<DisplayRow> rows() {
        return rows;
    }

    /** The clause rows shown, in order (the rows without their headings). */
    public List<PresentedRow> clauseRows() {
        return clauseRows;
    }

    /** The change list: the rows shown that are changes. F7 and Shift+F7 stop at these and only these. */
    public List<PresentedRow> changes() {
        return changes;
    }

    /** The comparison's counts per kind of change (of all its rows, whatever is shown). */
    public ChangeSummary summary() {
        return comparison.summary();
    }

    /** Some row shown has a sub-paragraph moved within its clause (its sign then needs a legend). */
    public boolean hasMovedSubparagraphs() {
        return clauseRows.stream().anyMatch(row -> row.subparagraphs().stream().anyMatch(SubparagraphLine::moved));
    }

    /** The shown row of a comparison row; empty when it is not shown. */
    public Optional<PresentedRow> rowOf(ClauseRow source) {
        return Optional.ofNullable(bySource.get(source));
    }

    /** 1 for the first change of the list, …; 0 when the row is not a change shown. */
    public int changeNumber(PresentedRow row) {
        return row == null || !row.isChange() ? 0 : changes.indexOf(row) + 1;
    }

    /** The first change after the clause row at {@code index} of {@link #clauseRows()} (-1: from the top). */
    public Optional<PresentedRow> nextChange(int index) {
        for (int i = Math.max(index + 1, 0); i < clauseRows.size(); i++) {
            if (clauseRows.get(i).isChange()) {
                return Optional.of(clauseRows.get(i));
            }
        }
        return Optional.empty();
    }

    /** The last change before the clause row at {@code index} (-1 or past the end: from the bottom). */
    public Optional<PresentedRow> previousChange(int index) {
        int from = index < 0 || index > clauseRows.size() ? clauseRows.size() : index;
        for (int i = from - 1; i >= 0; i--) {
            if (clauseRows.get(i).isChange()) {
                return Optional.of(clauseRows.get(i));
            }
        }
        return Optional.empty();
    }
}
