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
    private final List<DisplayRow> changeList;
    private final List<Group> shownGroups;
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
        List<DisplayRow> listed = new ArrayList<>();
        List<Group> visible = new ArrayList<>();
        boolean[] shows = shown(groups, options);
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            if (!shows[g]) {
                continue;
            }
            visible.add(group);
            all.add(group.heading());
            if (group.heading().isChange()) {
                listed.add(group.heading());
            }
            for (PresentedRow row : group.rows()) {
                all.add(row);
                clauses.add(row);
                bySource.put(row.source(), row);
                if (row.isChange()) {
                    changed.add(row);
                    listed.add(row);
                }
            }
        }
        this.rows = List.copyOf(all);
        this.clauseRows = List.copyOf(clauses);
        this.changes = List.copyOf(changed);
        this.changeList = List.copyOf(listed);
        this.shownGroups = List.copyOf(visible);
    }

    /**
     * Which groups are drawn: a part with rows shown; a section or annex always when every row is
     * shown, and when only changes are, if its heading changed or it has a row shown. A group whose
     * sub-sections are drawn is drawn too, so a sub-section never shows without its parents.
     */
    private static boolean[] shown(List<Group> groups, ViewOptions options) {
        boolean[] shows = new boolean[groups.size()];
        for (int g = groups.size() - 1; g >= 0; g--) {
            GroupRow h = groups.get(g).heading();
            boolean own = !groups.get(g).rows().isEmpty() || h.isChange()
                    || (!options.onlyChanges() && h.kind() != GroupRow.Kind.PART);
            for (int k = g + 1; !own && k < groups.size() && groups.get(k).heading().level() > h.level(); k++) {
                own = shows[k];
            }
            shows[g] = own;
        }
        return shows;
    }

    public static Presentation of(Comparison comparison, ViewOptions options) {
        if (comparison.structured()) {
            return new Presentation(comparison, options, StructuredGroups.of(comparison, options));
        }
        RowPresenter presenter = new RowPresenter(options);
        List<Group> groups = new ArrayList<>();
        for (Part part : List.of(Part.PREAMBLE, Part.OPERATIVE)) {
            List<ClauseRow> partRows = comparison.rows(part);
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

    /** The groups drawn, in order: those whose heading is among {@link #rows()}. */
    public List<Group> shownGroups() {
        return shownGroups;
    }

    /** The texts have sections or annexes: rows are grouped by them and the body reads in one order. */
    public boolean structured() {
        return comparison.structured();
    }

    /** What is drawn, in order: each group heading that has rows shown, then those rows. */
    public List<DisplayRow> rows() {
        return rows;
    }

    /** The clause rows shown, in order (the rows without their headings). */
    public List<PresentedRow> clauseRows() {
        return clauseRows;
    }

    /** The clause rows shown that are changes, in order (the change list without its headings). */
    public List<PresentedRow> changes() {
        return changes;
    }

    /**
     * The change list: the clause rows shown that are changes, and the section and annex headings
     * shown that changed (renamed, added, removed, moved), in reading order. F7 and Shift+F7 stop at
     * these and only these. Without sections or annexes it is {@link #changes()}.
     */
    public List<DisplayRow> changeList() {
        return changeList;
    }

    /** 1 for the first entry of the change list, …; 0 when the row is not in it. */
    public int stopNumber(DisplayRow row) {
        return row == null ? 0 : changeList.indexOf(row) + 1;
    }

    /** The first entry of the change list after {@code from} in reading order (null: from the top). */
    public Optional<DisplayRow> nextStop(DisplayRow from) {
        int at = from == null ? -1 : rows.indexOf(from);
        for (int i = at + 1; i < rows.size(); i++) {
            if (isStop(rows.get(i))) {
                return Optional.of(rows.get(i));
            }
        }
        return Optional.empty();
    }

    /** The last entry of the change list before {@code from} (null: from the bottom). */
    public Optional<DisplayRow> previousStop(DisplayRow from) {
        int at = from == null ? rows.size() : rows.indexOf(from);
        for (int i = (at < 0 ? rows.size() : at) - 1; i >= 0; i--) {
            if (isStop(rows.get(i))) {
                return Optional.of(rows.get(i));
            }
        }
        return Optional.empty();
    }

    private static boolean isStop(DisplayRow row) {
        return row instanceof PresentedRow p ? p.isChange() : ((GroupRow) row).isChange();
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

    /** 1 for the first clause change, …; 0 when the row is not a change shown (headings not counted). */
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
