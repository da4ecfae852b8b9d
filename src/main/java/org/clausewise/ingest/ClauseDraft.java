package org.clausewise.ingest;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ClauseForm;
import org.clausewise.model.Part;

/**
 * A paragraph being assembled from lines: where it stands, its lead-in and its sub-paragraphs, which
 * nest ((a) → (i) → (A)); the deepest open one takes the next line of text.
 */
final class ClauseDraft {
    /** A sub-paragraph being assembled, with its own nested ones. */
    static final class Sub {
        final String label;
        final SubLabels.Kind kind;
        final StringBuilder text = new StringBuilder();
        final List<Sub> children = new ArrayList<>();

        Sub(String label, SubLabels.Kind kind) {
            this.label = label;
            this.kind = kind;
        }

        /** A lettered sub-paragraph, (a) (b) …. */
        Sub(String label) {
            this(label, SubLabels.Kind.LOWER);
        }
    }

    Part part;
    int number;
    boolean numbered;
    final String section;
    final ClauseForm form;
    final int line;
    final StringBuilder lead = new StringBuilder();
    /** The paragraph ended with a colon and what followed (a table, a list) was kept in it. */
    boolean listOpened;
    /** How many such lines, for one warning. */
    int listLines;
    final List<Sub> subs = new ArrayList<>();

    ClauseDraft(Part part, int number, boolean numbered, String section, ClauseForm form, int line) {
        this.part = part;
        this.number = number;
        this.numbered = numbered;
        this.section = section;
        this.form = form;
        this.line = line;
    }

    /** A numbered paragraph of the body, outside sections. */
    ClauseDraft(boolean operative, int number, int line) {
        this(operative ? Part.OPERATIVE : Part.PREAMBLE, number, true, null, ClauseForm.PARAGRAPH, line);
    }

    boolean operative() {
        return part == Part.OPERATIVE;
    }

    /** The open sub-paragraphs, outermost first: the last of each level. */
    List<Sub> openSubs() {
        List<Sub> chain = new ArrayList<>();
        List<Sub> level = subs;
        while (!level.isEmpty()) {
            Sub last = level.get(level.size() - 1);
            chain.add(last);
            level = last.children;
        }
        return chain;
    }

    /** Where the next line of text goes: the deepest open sub-paragraph, else the lead-in. */
    StringBuilder tail() {
        List<Sub> chain = openSubs();
        return chain.isEmpty() ? lead : chain.get(chain.size() - 1).text;
    }

    /** "PP 3", "OP 12", "Annex ¶ 2", for warnings. */
    String name() {
        String abbreviation = part.abbreviation();
        return numbered || part == Part.PREAMBLE ? abbreviation + " " + number : abbreviation + " (unnumbered)";
    }

    /**
     * Places sub-paragraph {@code label} (a line "(label) …" at a clause boundary): as the next
     * sibling of an open level, or as the first of a new level under an open one that ends with ":".
     * Returns the new sub-paragraph, or null when the label fits nowhere (then it is text).
     */
    Sub addSub(String label) {
        List<Sub> chain = openSubs();
        SubLabels.Kind fresh = SubLabels.kindOfFirst(label);
        CharSequence tail = chain.isEmpty() ? lead : chain.get(chain.size() - 1).text;
        boolean leadsIn = endsWith(tail, ':');
        if (fresh != null && leadsIn && (chain.isEmpty() || chain.get(chain.size() - 1).kind != fresh)
                && kindFree(chain, fresh)) {
            // "(i)" after "(h) … :" opens a level under (h); "(a)" after the lead-in opens the first level.
            Sub sub = new Sub(label, fresh);
            (chain.isEmpty() ? subs : chain.get(chain.size() - 1).children).add(sub);
            return sub;
        }
        for (int depth = chain.size() - 1; depth >= 0; depth--) {
            Sub open = chain.get(depth);
            if (label.equals(SubLabels.next(open.kind, open.label))) {
                Sub sub = new Sub(label, open.kind);
                (depth == 0 ? subs : chain.get(depth - 1).children).add(sub);
                return sub;
            }
        }
        if (chain.isEmpty() && "a".equals(label)) {
            Sub sub = new Sub(label, SubLabels.Kind.LOWER);
            subs.add(sub);
            return sub;
        }
        return null;
    }

    /** No open level uses that kind of label already (an (i) under (i) is a sibling, not a child). */
    private static boolean kindFree(List<Sub> chain, SubLabels.Kind kind) {
        for (Sub s : chain) {
            if (s.kind == kind) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(CharSequence s, char c) {
        int i = s.length() - 1;
        while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        return i >= 0 && s.charAt(i) == c;
    }
}
