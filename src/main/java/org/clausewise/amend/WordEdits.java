package org.clausewise.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.clausewise.amend.QuotedWords.Match;
import org.clausewise.amend.SubparagraphTree.Slot;
import org.clausewise.model.AmendmentInstruction;
import org.clausewise.model.AmendmentInstruction.Position;
import org.clausewise.model.SubParagraph;

/**
 * Quoted words of a paragraph (or of one of its sub-paragraphs) deleted, replaced, or joined by new
 * words before or after them, and words added at the end of a paragraph. The words must be found
 * exactly once in the place named, unless the instruction says "wherever they appear".
 */
final class WordEdits {
    private WordEdits() {
    }

    static Done delete(WorkingText text, AmendmentInstruction i) throws CannotApply {
        return edit(text, i, (s, m) -> s.replace(m.start(), m.end(), ""), "deleted " + Quote.of(i.words()));
    }

    static Done replace(WorkingText text, AmendmentInstruction i) throws CannotApply {
        String by = newWords(i);
        return edit(text, i, (s, m) -> s.replace(m.start(), m.end(), by),
                Quote.of(i.words()) + " \u2192 " + Quote.of(by));
    }

    static Done insert(WorkingText text, AmendmentInstruction i) throws CannotApply {
        String words = newWords(i);
        boolean after = i.position() == Position.AFTER;
        return edit(text, i, (s, m) -> s.insert(after ? m.end() : m.start(), words),
                Quote.of(words) + " inserted " + (after ? "after " : "before ") + Quote.of(i.words()));
    }

    static Done addAtEnd(WorkingText text, AmendmentInstruction i) throws CannotApply {
        String words = newWords(i);
        WorkingClause w = text.locatePresent(i);
        List<Integer> within = i.subparagraph() == null ? null : SubparagraphEdits.find(w, i.subparagraph());
        List<Slot> slots = slots(w, within);
        Slot last = slots.get(slots.size() - 1); // the paragraph ends where its last (sub-)paragraph does
        write(w, last, new TextSplice(last.text(), last.refs()).addAtEnd(words));
        return new Done(w.label(), scope(w, last.path().isEmpty() ? null : last.path()) + ": " + Quote.of(words)
                + " added at the end");
    }

    private static Done edit(WorkingText text, AmendmentInstruction i, BiFunction<TextSplice, Match, TextSplice> change,
                             String what) throws CannotApply {
        if (i.words() == null || i.words().isBlank()) {
            throw new CannotApply("the instruction quotes no words");
        }
        WorkingClause w = text.locatePresent(i);
        List<Integer> within = i.subparagraph() == null ? null : SubparagraphEdits.find(w, i.subparagraph());
        String scope = scope(w, within);
        List<Slot> slots = slots(w, within);
        List<List<Match>> found = new ArrayList<>();
        int count = 0;
        for (Slot slot : slots) {
            List<Match> in = QuotedWords.find(slot.text(), NewText.words(i.words()));
            found.add(in);
            count += in.size();
        }
        if (count == 0) {
            throw new CannotApply("words not found in " + scope + ": " + Quote.of(i.words()));
        }
        boolean every = Operation.everyOccurrence(i);
        if (count > 1 && !every) {
            throw new CannotApply("ambiguous: " + Quote.of(i.words()) + " appears " + count + " times in " + scope);
        }
        for (int k = 0; k < slots.size(); k++) {
            List<Match> in = found.get(k);
            if (in.isEmpty()) {
                continue;
            }
            TextSplice s = new TextSplice(slots.get(k).text(), slots.get(k).refs());
            for (int m = in.size() - 1; m >= 0; m--) {
                s = change.apply(s, in.get(m)); // from the last, so earlier positions still hold
            }
            write(w, slots.get(k), s);
        }
        return new Done(w.label(), scope + ": " + what + (count > 1 ? " (" + count + " times)" : ""));
    }

    private static String newWords(AmendmentInstruction i) throws CannotApply {
        String words = NewText.words(i.newText());
        if (words.isBlank()) {
            throw new CannotApply("the instruction gives no new words");
        }
        return words;
    }

    private static List<Slot> slots(WorkingClause w, List<Integer> within) {
        return SubparagraphTree.slots(w.current().text(), w.current().footnoteRefs(), w.current().subparagraphs(), within);
    }

    private static String scope(WorkingClause w, List<Integer> within) {
        return within == null ? w.label() : w.label() + " " + SubparagraphTree.labels(w.current().subparagraphs(), within);
    }

    private static void write(WorkingClause w, Slot slot, TextSplice s) {
        if (slot.path().isEmpty()) {
            w.setText(s.text(), s.refs());
            return;
        }
        List<SubParagraph> subs = SubparagraphTree.replace(w.current().subparagraphs(), slot.path(), old -> {
            SubParagraph edited = new SubParagraph(old.label(), s.text(), s.refs(), old.subparagraphs());
            if (w.isAdded(old)) {
                w.markAdded(edited);
            }
            return List.of(edited);
        }, w);
        w.setSubparagraphs(subs, false);
    }
}
