package org.clausewise.ui.viewer;

import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.EditOp;
import org.clausewise.model.FootnoteRef;
import org.clausewise.model.Span;
import org.clausewise.model.SubParagraph;
import org.clausewise.model.SubparagraphRow;
import org.clausewise.ui.Styles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns one side of a {@link ClauseRow} into {@link StyledText}: the clause's display text with its
 * footnote marks as superscripts, then its lettered sub-paragraphs one per line, each character
 * carrying the classes of the diff spans that cover it. The offsets of the model's spans are
 * into the clause text without marks, so marks are inserted here and the spans shifted with them.
 */
public final class ClauseTextBuilder {
    private final boolean showEditorial;

    /** @param showEditorial draw editorial spans in the quiet style; false draws them as plain text */
    public ClauseTextBuilder(boolean showEditorial) {
        this.showEditorial = showEditorial;
    }

    public StyledText build(ClauseRow row, Side side) {
        Clause clause = side.clause(row);
        if (clause == null) {
            return StyledText.empty();
        }
        // an added or removed clause is one whole change, lead-in and sub-paragraphs alike
        String whole = wholeClass(row.kind(), side);
        Builder b = new Builder();
        b.append(clause.text(), side.spans(row.diff()), clause.footnoteRefs(), whole);
        List<SubparagraphRow> subRows = row.subparagraphs();
        if (subRows.isEmpty()) {
            for (SubParagraph sub : clause.subparagraphs()) {
                b.newSubparagraph(sub.label());
                b.append(sub.text(), List.of(), sub.footnoteRefs(), whole);
            }
        } else {
            for (SubparagraphRow subRow : subRows) {
                SubParagraph sub = side.sub(subRow);
                if (sub == null) {
                    continue;
                }
                String subWhole = whole != null ? whole : wholeClass(subRow.kind(), side);
                b.newSubparagraph(sub.label());
                b.append(sub.text(), side.spans(subRow.diff()), sub.footnoteRefs(), subWhole);
            }
        }
        return b.build();
    }

    private static String wholeClass(ChangeKind kind, Side side) {
        if (kind == ChangeKind.ADDED && side == Side.RIGHT) {
            return Styles.INSERTED;
        }
        if (kind == ChangeKind.REMOVED && side == Side.LEFT) {
            return Styles.DELETED;
        }
        return null;
    }

    /** 1 → ¹, 23 → ²³; marks that are not digits ("*", "a") are kept as they are. */
    static String superscript(String mark) {
        StringBuilder sb = new StringBuilder(mark.length());
        for (char c : mark.toCharArray()) {
            switch (c) {
                case '1': sb.append('\u00B9'); break;
                case '2': sb.append('\u00B2'); break;
                case '3': sb.append('\u00B3'); break;
                case '0': case '4': case '5': case '6': case '7': case '8': case '9':
                    sb.append((char) ('\u2070' + (c - '0')));
                    break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Accumulates text and per-character classes, then merges equal neighbours into runs. */
    private final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Set<String>> classes = new ArrayList<>();
        private int firstChange = -1;

        void newSubparagraph(String label) {
            add("\n", Set.of());
            add("(" + label + ") ", Set.of(Styles.SUB_LABEL));
        }

        void append(String s, List<Span> spans, List<FootnoteRef> refs, String whole) {
            List<FootnoteRef> marks = new ArrayList<>(refs);
            marks.sort(Comparator.comparingInt(FootnoteRef::offset));
            int next = 0;
            for (int i = 0; i <= s.length(); i++) {
                while (next < marks.size() && Math.min(marks.get(next).offset(), s.length()) == i) {
                    add(superscript(marks.get(next).mark()), Set.of(Styles.FOOTNOTE_MARK));
                    next++;
                }
                if (i < s.length()) {
                    add(String.valueOf(s.charAt(i)), classesAt(i, spans, whole));
                }
            }
        }

        private Set<String> classesAt(int i, List<Span> spans, String whole) {
            Set<String> set = new HashSet<>();
            if (whole != null) {
                set.add(whole);
            }
            for (Span span : spans) {
                if (i >= span.start() && i < span.end()) {
                    if (span.editorial() && !showEditorial) {
                        continue;
                    }
                    set.add(span.op() == EditOp.DELETE ? Styles.DELETED
                            : span.op() == EditOp.INSERT ? Styles.INSERTED : null);
                    if (span.editorial()) {
                        set.add(Styles.EDITORIAL);
                    }
                }
            }
            set.remove(null);
            return set;
        }

        private void add(String s, Set<String> cls) {
            Set<String> withBase = new HashSet<>(cls);
            withBase.add(Styles.CLAUSE_TEXT);
            if (firstChange < 0 && (cls.contains(Styles.INSERTED) || cls.contains(Styles.DELETED))) {
                firstChange = text.length();
            }
            for (int k = 0; k < s.length(); k++) {
                classes.add(withBase);
            }
            text.append(s);
        }

        StyledText build() {
            List<StyledText.Run> runs = new ArrayList<>();
            int i = 0;
            while (i < classes.size()) {
                int j = i;
                while (j < classes.size() && classes.get(j).equals(classes.get(i))) {
                    j++;
                }
                runs.add(new StyledText.Run(j - i, classes.get(i)));
                i = j;
            }
            return new StyledText(text.toString(), runs, firstChange);
        }
    }
}
