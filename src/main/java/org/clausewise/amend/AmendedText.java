package org.clausewise.amend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clausewise.model.Clause;
import org.clausewise.model.Heading;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;

/**
 * The working text made into the draft as amended: deleted paragraphs left out, the rest numbered
 * anew as the General Assembly would print it (straight through, or per section where the draft's
 * numbering restarts), sub-paragraphs relettered where some were added or deleted, and each section
 * heading placed before its first paragraph still standing.
 */
final class AmendedText {
    private AmendedText() {
    }

    static Resolution build(WorkingText text, String name, LocalDate date) {
        Resolution draft = text.draft();
        Map<WorkingClause, Clause> placed = new IdentityHashMap<>();
        List<Clause> preamble = number(text.clauses(Part.PREAMBLE), placed);
        List<Clause> operative = number(text.clauses(Part.OPERATIVE), placed);
        List<Heading> headings = new ArrayList<>();
        for (Heading h : draft.headings()) {
            headings.add(place(h, text, placed));
        }
        return new Resolution(name, draft.session(), draft.kind(), draft.title(), date, preamble, operative,
                draft.footnotes(), List.of(), draft.source(), draft.info(), headings, draft.annexes(), null);
    }

    private static List<Clause> number(List<WorkingClause> list, Map<WorkingClause, Clause> placed) {
        Map<String, Integer> next = new HashMap<>();
        List<Clause> out = new ArrayList<>();
        for (WorkingClause w : list) {
            if (w.isDeleted()) {
                continue;
            }
            Clause c = w.current();
            String counter = c.numberedPerSection() ? String.valueOf(c.section()) : "";
            int n = next.merge(counter, 1, Integer::sum);
            List<SubParagraph> subs = w.subparagraphsChanged() ? reletter(w) : c.subparagraphs();
            Clause numbered = new Clause(c.part(), n, c.text(), subs, c.footnoteRefs(), c.annex(), c.section(),
                    c.numbered(), c.form(), c.numberedPerSection());
            placed.put(w, numbered);
            out.add(numbered);
        }
        return out;
    }

    /**
     * Sub-paragraphs lettered (a), (b), … again when the draft lettered them so (or had none): an added
     * one takes its place in the sequence. Other labellings are kept, a new one without a label
     * printed taking "new".
     */
    private static List<SubParagraph> reletter(WorkingClause w) {
        List<SubParagraph> subs = w.current().subparagraphs();
        List<SubParagraph> before = w.original() == null ? List.of() : w.original().subparagraphs();
        boolean lettered = true;
        for (int k = 0; k < before.size(); k++) {
            lettered &= before.get(k).label().equals(String.valueOf((char) ('a' + k)));
        }
        List<SubParagraph> out = new ArrayList<>(subs.size());
        for (int k = 0; k < subs.size(); k++) {
            SubParagraph s = subs.get(k);
            String label = lettered && subs.size() <= 26 ? String.valueOf((char) ('a' + k))
                    : s.label().isEmpty() ? "new" : s.label();
            out.add(new SubParagraph(label, s.text(), s.footnoteRefs(), s.subparagraphs()));
        }
        return out;
    }

    /**
     * The heading before the first paragraph of its section still standing: a paragraph inserted just
     * before the section's first one now opens it; a deleted first paragraph passes the heading on.
     */
    private static Heading place(Heading h, WorkingText text, Map<WorkingClause, Clause> placed) {
        if (h.firstClause() == null || h.part() == Part.ANNEX) {
            return h;
        }
        List<WorkingClause> list = text.clauses(h.part());
        int at = -1;
        for (int k = 0; k < list.size() && at < 0; k++) {
            if (list.get(k).original() == h.firstClause()) {
                at = k;
            }
        }
        if (at < 0) {
            return h;
        }
        String section = h.firstClause().section();
        while (at > 0 && list.get(at - 1).isNew() && Objects.equals(list.get(at - 1).current().section(), section)) {
            at--;
        }
        Clause first = firstStanding(list, at, section, placed);
        if (first == null && h.part() == Part.PREAMBLE && section != null) {
            // the section's own preamble is all deleted: the heading now opens its operative paragraphs
            List<WorkingClause> operative = text.clauses(Part.OPERATIVE);
            for (int k = 0; k < operative.size() && first == null; k++) {
                if (Objects.equals(operative.get(k).current().section(), section)) {
                    first = firstStanding(operative, k, section, placed);
                }
            }
            if (first != null) {
                return new Heading(Part.OPERATIVE, h.annex(), h.path(), h.label(), h.text(), h.level(), first);
            }
        }
        return new Heading(h.part(), h.annex(), h.path(), h.label(), h.text(), h.level(), first);
    }

    /** The first paragraph still standing from {@code at} on, within the section. */
    private static Clause firstStanding(List<WorkingClause> list, int at, String section,
                                        Map<WorkingClause, Clause> placed) {
        for (int k = at; k < list.size(); k++) {
            WorkingClause w = list.get(k);
            if (!Objects.equals(w.current().section(), section)) {
                return null;
            }
            if (placed.containsKey(w)) {
                return placed.get(w);
            }
        }
        return null;
    }
}
