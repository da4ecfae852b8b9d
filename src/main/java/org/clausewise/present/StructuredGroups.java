package org.clausewise.present;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.AnnexRow;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.HeadingRow;
import org.clausewise.model.Part;

/**
 * The groups of a comparison of texts with sections or annexes, in reading order: the body's rows
 * (preambular and operative merged as the right text reads, since a section may open with its own
 * preambular paragraphs), each section heading placed over the first clause it stands over, a part
 * heading ("Preamble", "Operative part") only where rows stand outside any section, then each
 * annex's header, its headings and its rows.
 */
final class StructuredGroups {
    private final RowPresenter rows;
    private final HeadingPresenter headings;
    private final ViewOptions options;
    private final List<Presentation.Group> groups = new ArrayList<>();
    private GroupRow.Kind openKind;
    private int openLevel;
    private HeadingRow openSource;
    private String openTitle;
    private Part openPart;
    private List<ClauseRow> openRows = new ArrayList<>();

    private StructuredGroups(ViewOptions options) {
        this.rows = new RowPresenter(options);
        this.headings = new HeadingPresenter(options);
        this.options = options;
    }

    static List<Presentation.Group> of(Comparison c, ViewOptions options) {
        StructuredGroups b = new StructuredGroups(options);
        b.body(c);
        for (AnnexRow annex : c.annexes()) {
            b.annex(annex);
        }
        b.close();
        return b.groups;
    }

    private void body(Comparison c) {
        List<ClauseRow> body = Reading.merge(c.preamble(), c.operative(), c.right().body());
        boolean inSection = false;
        Part part = null;
        for (Object item : Reading.withHeadings(body, c.headings())) {
            if (item instanceof HeadingRow h) {
                if (!inSection && part == Part.PREAMBLE && h.part() == Part.OPERATIVE) {
                    open(GroupRow.Kind.PART, 0, null, "Operative part", Part.OPERATIVE);
                }
                open(GroupRow.Kind.SECTION, Math.max(1, h.shown().level()), h, null, h.part());
                inSection = true;
                part = h.part();
            } else {
                ClauseRow row = (ClauseRow) item;
                if (!inSection && row.part() != part) {
                    open(GroupRow.Kind.PART, 0, null, row.part() == Part.PREAMBLE ? "Preamble" : "Operative part",
                            row.part());
                }
                part = row.part();
                openRows.add(row);
            }
        }
    }

    private void annex(AnnexRow annex) {
        open(GroupRow.Kind.ANNEX, 0, annex.header(), null, Part.ANNEX);
        for (Object item : Reading.withHeadings(annex.rows(), annex.headings())) {
            if (item instanceof HeadingRow h) {
                open(GroupRow.Kind.SECTION, Math.max(1, h.shown().level()), h, null, Part.ANNEX);
            } else {
                openRows.add((ClauseRow) item);
            }
        }
    }

    private void open(GroupRow.Kind kind, int level, HeadingRow source, String title, Part part) {
        close();
        openKind = kind;
        openLevel = level;
        openSource = source;
        openTitle = title;
        openPart = part;
    }

    private void close() {
        if (openKind == null) {
            return;
        }
        List<PresentedRow> shown = new ArrayList<>(openRows.size());
        for (ClauseRow row : openRows) {
            PresentedRow p = rows.present(row);
            if (!options.onlyChanges() || p.isChange()) {
                shown.add(p);
            }
        }
        GroupRow heading = openSource == null
                ? new GroupRow(openKind, openLevel, openTitle, shown.size(), openRows.size())
                : headings.present(openSource, openKind, openLevel, shown.size(), openRows.size());
        groups.add(new Presentation.Group(heading, openPart, shown));
        openKind = null;
        openRows = new ArrayList<>();
    }

    /** Where rows and headings stand in reading order. */
    static final class Reading {
        private Reading() {
        }

        /**
         * The preambular and operative rows as one list in the right text's reading order; a row
         * without a right clause (removed) stays just after the row it followed in its part.
         */
        static List<ClauseRow> merge(List<ClauseRow> preamble, List<ClauseRow> operative, List<Clause> rightBody) {
            java.util.Map<Clause, Integer> at = new java.util.HashMap<>();
            for (int k = 0; k < rightBody.size(); k++) {
                at.putIfAbsent(rightBody.get(k), k);
            }
            int[] pk = keys(preamble, at);
            int[] ok = keys(operative, at);
            List<ClauseRow> out = new ArrayList<>(preamble.size() + operative.size());
            int p = 0;
            int o = 0;
            while (p < preamble.size() || o < operative.size()) {
                if (o >= operative.size() || (p < preamble.size() && pk[p] <= ok[o])) {
                    out.add(preamble.get(p++));
                } else {
                    out.add(operative.get(o++));
                }
            }
            return out;
        }

        private static int[] keys(List<ClauseRow> rows, java.util.Map<Clause, Integer> at) {
            int[] keys = new int[rows.size()];
            int last = -1;
            for (int k = 0; k < rows.size(); k++) {
                ClauseRow row = rows.get(k);
                Integer i = row.right() == null ? null : at.get(row.right());
                last = i == null ? last : Math.max(last, i);
                keys[k] = last;
            }
            return keys;
        }

        /**
         * Rows with each heading row placed just before the row of the first clause it stands over
         * (the right text's heading, or the left one's for a heading removed); a heading whose clause
         * cannot be found stays after the heading before it.
         */
        static List<Object> withHeadings(List<ClauseRow> rows, List<HeadingRow> headings) {
            int[] anchor = new int[headings.size()];
            int previous = 0;
            for (int h = 0; h < headings.size(); h++) {
                int found = anchorOf(headings.get(h), rows);
                anchor[h] = found < 0 ? previous : found;
                previous = anchor[h];
            }
            List<Object> out = new ArrayList<>(rows.size() + headings.size());
            Integer[] order = new Integer[headings.size()];
            for (int h = 0; h < order.length; h++) {
                order[h] = h;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingInt(h -> anchor[h])); // stable
            int next = 0;
            for (int r = 0; r <= rows.size(); r++) {
                while (next < order.length && anchor[order[next]] <= r) {
                    out.add(headings.get(order[next++]));
                }
                if (r < rows.size()) {
                    out.add(rows.get(r));
                }
            }
            return out;
        }

        private static int anchorOf(HeadingRow h, List<ClauseRow> rows) {
            boolean right = h.right() != null;
            Clause first = right ? h.right().firstClause() : h.left().firstClause();
            if (first == null) {
                return -1;
            }
            for (int r = 0; r < rows.size(); r++) {
                Clause c = right ? rows.get(r).right() : rows.get(r).left();
                if (first.equals(c)) {
                    return r;
                }
            }
            return -1;
        }
    }
}
