package org.clausewise.ingest;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.Part;

/**
 * The body of a text, or one of its annexes, as it is assembled: clauses and headings in reading
 * order, and the sections open at the point reached. Numbering is the block's own: an annex starts
 * again at 1, and so may each section when the text numbers per section.
 */
final class TextBlock {
    /** A heading being assembled. */
    static final class HeadingDraft {
        final HeadingLabel label;
        final String path;
        final int level;
        final int line;
        final StringBuilder text = new StringBuilder();
        /** The part of the clause that follows it; known once that clause starts. */
        Part part;
        /** The clause that follows it, once it starts. */
        ClauseDraft next;

        HeadingDraft(HeadingLabel label, String path, int level, int line) {
            this.label = label;
            this.path = path;
            this.level = level;
            this.line = line;
            text.append(label.title());
        }
    }

    /** null for the body; "" for a lone "Annex", "I", "II" …. */
    final String annexId;
    final String annexLabel;
    final StringBuilder title = new StringBuilder();
    final List<ClauseDraft> clauses = new ArrayList<>();
    final List<HeadingDraft> headings = new ArrayList<>();
    final SectionOutline outline = new SectionOutline();
    /** Numbering went back to 1 in a later section: numbers name clauses only with their section. */
    boolean restarts;
    /** The last printed number of a numbered paragraph in the current section (since the last heading), 0 for none yet. */
    int lastInSection;
    /** The last printed number of a numbered paragraph anywhere in the block, 0 for none yet. */
    int lastNumber;
    /** Numbering ran on across a sub-heading: later clauses stay in this section. */
    String continuedSection;
    /** A heading was read and no clause has started since. */
    boolean afterHeading;

    TextBlock(String annexId, String annexLabel) {
        this.annexId = annexId;
        this.annexLabel = annexLabel;
    }

    boolean isAnnex() {
        return annexId != null;
    }

    /** The part an ordinary paragraph of this block is in: ANNEX in an annex. */
    Part part(boolean operative) {
        return isAnnex() ? Part.ANNEX : operative ? Part.OPERATIVE : Part.PREAMBLE;
    }

    List<ClauseDraft> clauses(Part part) {
        List<ClauseDraft> list = new ArrayList<>();
        for (ClauseDraft c : clauses) {
            if (c.part == part) {
                list.add(c);
            }
        }
        return list;
    }

    boolean hasOperative() {
        for (ClauseDraft c : clauses) {
            if (c.part == Part.OPERATIVE) {
                return true;
            }
        }
        return false;
    }

    /** How many clauses of {@code part} the current section has so far (to number preambular ones). */
    int countInSection(Part part, String section) {
        int n = 0;
        for (ClauseDraft c : clauses) {
            if (c.part == part && java.util.Objects.equals(c.section, section)) {
                n++;
            }
        }
        return n;
    }

    ClauseDraft last() {
        return clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
    }
}
