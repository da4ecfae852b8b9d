package org.clausewise.present;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.Clause;
import org.clausewise.model.SubParagraph;

/**
 * A sub-paragraph with how deep it is nested: (a) is 0, its (i) 1, their (A) 2. A clause's tree of
 * sub-paragraphs read in order is a list of these.
 */
record Nested(SubParagraph sub, int level) {
    /** The clause's sub-paragraphs in reading order, nested ones after their parent; none for null. */
    static List<Nested> of(Clause clause) {
        List<Nested> out = new ArrayList<>();
        if (clause != null) {
            add(clause.subparagraphs(), 0, out);
        }
        return out;
    }

    private static void add(List<SubParagraph> subs, int level, List<Nested> out) {
        for (SubParagraph s : subs) {
            out.add(new Nested(s, level));
            add(s.subparagraphs(), level + 1, out);
        }
    }
}
