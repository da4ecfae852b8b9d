package org.clausewise.amend;

import java.util.List;
import java.util.Locale;
import org.clausewise.model.AmendmentInstruction;
import org.clausewise.model.AmendmentInstruction.Position;
import org.clausewise.model.Clause;
import org.clausewise.model.Part;

/** Whole paragraphs deleted, replaced, or brought in before, after or at the end. */
final class ParagraphEdits {
    private ParagraphEdits() {
    }

    static Done delete(WorkingText text, AmendmentInstruction i, String by) throws CannotApply {
        WorkingClause w = text.locatePresent(i);
        String checked = checkQuoted(text, i, w);
        w.delete(by);
        return new Done(w.label(), w.label() + " deleted" + checked);
    }

    static Done replace(WorkingText text, AmendmentInstruction i) throws CannotApply {
        WorkingClause w = text.locatePresent(i);
        String checked = checkQuoted(text, i, w);
        List<Clause> news = NewText.paragraphs(i.newText(), w.current().part(), w.current());
        if (news.isEmpty()) {
            throw new CannotApply("no new text is given for " + w.label());
        }
        w.replaceWith(news.get(0));
        List<WorkingClause> list = text.clauses(w.current().part());
        int at = list.indexOf(w) + 1;
        for (Clause extra : news.subList(1, news.size())) {
            list.add(at++, WorkingClause.added(extra));
        }
        return new Done(w.label(), w.label() + " replaced" + checked
                + (news.size() > 1 ? " by " + news.size() + " paragraphs" : ""));
    }

    static Done insert(WorkingText text, AmendmentInstruction i) throws CannotApply {
        Part stated = statedNewPart(i);
        boolean atEndOfPart = i.position() == Position.AT_END && i.paragraph() == null && i.ordinal() == null;
        Part part = atEndOfPart ? (stated != null ? stated : WorkingText.partOf(i)) : WorkingText.partOf(i);
        if (part == null) {
            throw new CannotApply("the instruction does not say in which part the new paragraph goes");
        }
        List<WorkingClause> list = text.clauses(part);
        int at;
        String where;
        WorkingClause anchor = null;
        if (atEndOfPart) {
            at = list.size();
            where = "at the end of the " + (part == Part.PREAMBLE ? "preamble" : "operative part");
        } else {
            if (stated != null && stated != part) {
                throw new CannotApply("a new " + WorkingText.partWord(stated) + " paragraph cannot stand among "
                        + WorkingText.partWord(part) + " paragraphs");
            }
            if (i.position() == null || i.position() == Position.AT_END) {
                throw new CannotApply("the instruction does not say whether the new paragraph goes before or after "
                        + "the paragraph it names");
            }
            anchor = text.locate(i);
            at = list.indexOf(anchor);
            if (i.position() == Position.AFTER) {
                at++;
                while (at < list.size() && list.get(at).isNew()) {
                    at++; // after the paragraphs an earlier instruction put there: instructions apply in order
                }
            }
            where = i.position().name().toLowerCase(Locale.ROOT) + " " + anchor.label()
                    + (anchor.isDeleted() ? " (where it stood before " + anchor.deletedBy() + " deleted it)" : "");
        }
        Clause beside = anchor != null ? anchor.current() : list.isEmpty() ? null : list.get(list.size() - 1).current();
        List<Clause> news = NewText.paragraphs(i.newText(), part, beside);
        if (news.isEmpty()) {
            throw new CannotApply("no text is given for the new paragraph");
        }
        for (Clause c : news) {
            list.add(at++, WorkingClause.added(c));
        }
        String what = news.size() == 1 ? "new " + part.abbreviation() : news.size() + " new " + part.abbreviation() + "s";
        return new Done(anchor == null ? null : anchor.label(), what + " inserted " + where);
    }

    /** "a new preambular paragraph" names the part of the paragraph it brings in; null when it does not say. */
    private static Part statedNewPart(AmendmentInstruction i) {
        String head = Operation.head(i.printed());
        if (head.matches("(?s).*\\bnew\\s+preambular\\b.*")) {
            return Part.PREAMBLE;
        }
        return head.matches("(?s).*\\bnew\\s+operative\\b.*") ? Part.OPERATIVE : null;
    }

    /**
     * When the instruction quotes the paragraph ("…, reading: …"), the draft's paragraph must read so;
     * otherwise the amendment counts paragraphs differently and is not applied.
     */
    static String checkQuoted(WorkingText text, AmendmentInstruction i, WorkingClause w) throws CannotApply {
        if (!Operation.quotesParagraph(i)) {
            return "";
        }
        if (ReadingCheck.matches(i.words(), w.current())) {
            return " (it reads as quoted)";
        }
        String elsewhere = "";
        for (WorkingClause other : text.clauses(w.current().part())) {
            if (other != w && !other.isDeleted() && ReadingCheck.matches(i.words(), other.current())) {
                elsewhere = "; the quoted text is " + other.label() + "'s";
                break;
            }
        }
        throw new CannotApply("the quoted text does not match " + w.label() + " of the draft" + elsewhere);
    }
}
