package org.clausewise.model;

import java.util.List;

/**
 * A lettered sub-paragraph aligned inside its clause (or inside its parent sub-paragraph); either
 * side may be null (added / removed).
 *
 * @param children its nested sub-paragraphs ((a) → (i) → (A)) aligned within it, not flattened; a
 *                 row whose own words are the same but whose children changed is MODIFIED
 */
public record SubparagraphRow(SubParagraph left, SubParagraph right, ChangeKind kind, TextDiff diff,
                              List<SubparagraphRow> children) {
    public SubparagraphRow {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A row without nested ones (the first release's shape). */
    public SubparagraphRow(SubParagraph left, SubParagraph right, ChangeKind kind, TextDiff diff) {
        this(left, right, kind, diff, List.of());
    }

    /**
     * The stronger of its own words' class and its children's; null when nothing in the wording
     * changed. Added and removed ones are substantive.
     */
    public ChangeClass changeClass() {
        if (kind == ChangeKind.ADDED || kind == ChangeKind.REMOVED) {
            return ChangeClass.SUBSTANTIVE;
        }
        ChangeClass strongest = diff == null ? null : diff.changeClass();
        for (SubparagraphRow child : children) {
            strongest = ChangeClass.stronger(strongest, child.changeClass());
        }
        return strongest;
    }

    /** It, or one of its nested ones, was matched out of order. */
    public boolean reordered() {
        return kind == ChangeKind.MOVED || children.stream().anyMatch(SubparagraphRow::reordered);
    }
}
