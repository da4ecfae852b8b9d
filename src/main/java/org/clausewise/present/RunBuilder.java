package org.clausewise.present;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clausewise.model.EditOp;
import org.clausewise.model.FootnoteRef;
import org.clausewise.model.Span;

/**
 * Collects runs, joining a piece to the run before it when both look the same. Also turns one
 * side's display text into runs: the diff's spans become marks, footnote references become
 * superscript marks at their offsets (the spans' offsets are into the text without marks, so the
 * marks never shift them), and the clause's first word its verb.
 */
final class RunBuilder {
    private final List<Run> runs = new ArrayList<>();

    RunBuilder add(Run run) {
        if (run.text().isEmpty()) {
            return this;
        }
        int last = runs.size() - 1;
        if (last >= 0 && runs.get(last).sameLook(run)) {
            runs.set(last, runs.get(last).append(run.text()));
        } else {
            runs.add(run);
        }
        return this;
    }

    RunBuilder addAll(List<Run> more) {
        more.forEach(this::add);
        return this;
    }

    /** A line break, then "(a) ": where a sub-paragraph starts in a one-text form. */
    RunBuilder subparagraph(String label) {
        return subparagraph(label, 0);
    }

    /**
     * A line break, then "(i) " set in by {@link #INDENT} per level of nesting: where a nested
     * sub-paragraph starts in a one-text form.
     */
    RunBuilder subparagraph(String label, int level) {
        return add(Run.of("\n", Run.Role.BREAK))
                .add(Run.of(INDENT.repeat(Math.max(0, level)) + "(" + label + ") ", Run.Role.SUB_LABEL));
    }

    /** How far a nested sub-paragraph is set in, per level, in a one-text form: two em spaces. */
    static final String INDENT = "\u2003\u2003";

    boolean isEmpty() {
        return runs.isEmpty();
    }

    /** The last character added, or 0. */
    char lastChar() {
        if (runs.isEmpty()) {
            return 0;
        }
        String t = runs.get(runs.size() - 1).text();
        return t.charAt(t.length() - 1);
    }

    List<Run> build() {
        return List.copyOf(runs);
    }

    /**
     * One side's text as runs.
     *
     * @param whole         a mark for every character (a whole clause added or removed), or NONE
     * @param verb          set the leading word in the verb role (a clause's lead-in, not a sub-paragraph)
     * @param showEditorial false draws editorial spans as plain text
     */
    static List<Run> side(String text, List<Span> spans, List<FootnoteRef> refs, Run.Mark whole, boolean verb,
                          boolean showEditorial) {
        String t = text == null ? "" : text;
        List<FootnoteRef> marks = new ArrayList<>(refs);
        marks.sort(Comparator.comparingInt(FootnoteRef::offset));
        int verbEnd = verb ? verbEnd(t) : 0;
        RunBuilder b = new RunBuilder();
        int next = 0;
        int i = 0;
        while (i < t.length()) {
            while (next < marks.size() && marks.get(next).offset() <= i) {
                b.add(Run.of(FootnoteMarks.superscript(marks.get(next++).mark()), Run.Role.FOOTNOTE_MARK));
            }
            // a run ends where a span, the verb or a footnote mark begins or ends
            int end = nextBoundary(t, i, spans, verbEnd, marks, next);
            Span span = spanAt(spans, i);
            Run.Mark mark = whole;
            boolean editorial = false;
            if (span != null && !(span.editorial() && !showEditorial)) {
                mark = span.op() == EditOp.DELETE ? Run.Mark.DELETED
                        : span.op() == EditOp.INSERT ? Run.Mark.INSERTED : whole;
                editorial = span.editorial();
            }
            b.add(new Run(t.substring(i, end), mark, editorial, i < verbEnd ? Run.Role.VERB : Run.Role.TEXT));
            i = end;
        }
        while (next < marks.size()) {
            b.add(Run.of(FootnoteMarks.superscript(marks.get(next++).mark()), Run.Role.FOOTNOTE_MARK));
        }
        return b.build();
    }

    private static int nextBoundary(String t, int i, List<Span> spans, int verbEnd, List<FootnoteRef> marks, int next) {
        int end = t.length();
        if (i < verbEnd) {
            end = Math.min(end, verbEnd);
        }
        if (next < marks.size()) {
            end = Math.min(end, Math.max(i + 1, marks.get(next).offset()));
        }
        for (Span s : spans) {
            if (s.start() > i) {
                end = Math.min(end, s.start());
            } else if (s.end() > i) {
                end = Math.min(end, s.end());
            }
        }
        // never split a surrogate pair
        if (end < t.length() && Character.isLowSurrogate(t.charAt(end)) && end > i + 1) {
            end--;
        }
        return Math.max(end, i + 1);
    }

    private static Span spanAt(List<Span> spans, int offset) {
        for (Span s : spans) {
            if (offset >= s.start() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    /** Past the clause's first word: leading spaces, then letters. */
    static int verbEnd(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
