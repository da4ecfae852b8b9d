package org.clausewise.amend;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.clausewise.model.Clause;
import org.clausewise.model.FootnoteRef;
import org.clausewise.model.SubParagraph;

/**
 * One paragraph of the draft while amendments are applied: the clause as the draft has it (null for
 * a paragraph an amendment brought in), as it reads now, and whether an instruction deleted it.
 * Instructions name paragraphs by the draft's numbering, so a paragraph keeps its draft clause
 * whatever is inserted or deleted around it; the text is renumbered once, at the end.
 */
final class WorkingClause {
    private final Clause original;
    private Clause current;
    private String deletedBy;
    private boolean subparagraphsChanged;
    /** Sub-paragraphs brought in by an instruction: later instructions count only the draft's. */
    private final Set<SubParagraph> addedSubparagraphs = Collections.newSetFromMap(new IdentityHashMap<>());

    WorkingClause(Clause original, Clause current) {
        this.original = original;
        this.current = current;
    }

    static WorkingClause of(Clause draft) {
        return new WorkingClause(draft, draft);
    }

    static WorkingClause added(Clause clause) {
        return new WorkingClause(null, clause);
    }

    Clause original() {
        return original;
    }

    Clause current() {
        return current;
    }

    boolean isNew() {
        return original == null;
    }

    boolean isDeleted() {
        return deletedBy != null;
    }

    String deletedBy() {
        return deletedBy;
    }

    void delete(String by) {
        deletedBy = by;
    }

    void setText(String text, List<FootnoteRef> refs) {
        current = new Clause(current.part(), current.number(), text, current.subparagraphs(), refs, current.annex(),
                current.section(), current.numbered(), current.form(), current.numberedPerSection());
    }

    void setSubparagraphs(List<SubParagraph> subs, boolean listChanged) {
        current = new Clause(current.part(), current.number(), current.text(), subs, current.footnoteRefs(),
                current.annex(), current.section(), current.numbered(), current.form(), current.numberedPerSection());
        subparagraphsChanged |= listChanged;
    }

    /** The whole paragraph put in place by a "replace … with the following" instruction. */
    void replaceWith(Clause replacement) {
        current = new Clause(current.part(), current.number(), replacement.text(), replacement.subparagraphs(),
                replacement.footnoteRefs(), current.annex(), current.section(), current.numbered(), current.form(),
                current.numberedPerSection());
        subparagraphsChanged = true;
        addedSubparagraphs.addAll(replacement.subparagraphs());
    }

    boolean subparagraphsChanged() {
        return subparagraphsChanged;
    }

    void markAdded(SubParagraph sub) {
        addedSubparagraphs.add(sub);
    }

    boolean isAdded(SubParagraph sub) {
        return addedSubparagraphs.contains(sub);
    }

    /** The draft's name for it ("PP 38", "OP IV.3"), or "the new paragraph" for one brought in. */
    String label() {
        return original != null ? original.label() : "the new " + current.part().abbreviation();
    }
}
