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

    /** The next number in sequence; 1 again right after a section heading; a skipped number at a clear boundary. */
    boolean startsNumbered(int number, Line line, List<String> warnings) {
        int expected = expectedNumber();
        if (number == expected) {
            return true;
        }
        if (restarts && lastInSection == 0 && number == lastNumber + 1) {
            // A sub-heading ("A." over a table) inside a section: its numbering runs on, in that section.
            lastInSection = lastNumber;
            continuedSection = lastNumbered().section;
            return true;
        }
        if (number == 1 && lastInSection == 0 && lastNumber > 0 && !headings.isEmpty()) {
            // A section opened by a heading numbers its paragraphs from 1 again, after its own preamble if any.
            restarts = true;
            return true;
        }
        // A number skipped (lost in OCR, or printed wrongly): believe it only at a clear boundary.
        if (number > expected && number <= expected + 2 && lastNumber > 0) {
            warnings.add("line " + line.number() + ": paragraph " + number + " follows " + (expected - 1)
                    + "; number " + expected + " is missing");
            return true;
        }
        return false;
    }

    int expectedNumber() {
        return (restarts ? lastInSection : lastNumber) + 1;
    }

    /** {@code n} is the numbered paragraph due next, or 1 (or the running number) after a heading. */
    boolean isDue(int n) {
        return n == expectedNumber() || lastInSection == 0 && (n == 1 || n == lastNumber + 1);
    }

    private ClauseDraft lastNumbered() {
        for (int i = clauses.size() - 1; i >= 0; i--) {
            ClauseDraft c = clauses.get(i);
            if (c.numbered && c.part != Part.PREAMBLE) {
                return c;
            }
        }
        return null;
    }

    ClauseDraft last() {
        return clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
    }
}
