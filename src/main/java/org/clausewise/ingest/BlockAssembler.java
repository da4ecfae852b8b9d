package org.clausewise.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clausewise.model.Annex;
import org.clausewise.model.Clause;
import org.clausewise.model.Heading;
import org.clausewise.model.Part;
import org.clausewise.model.SubParagraph;

/**
 * Turns the body's and the annexes' {@link TextBlock}s into the model's clauses, headings and
 * annexes: numbers what print leaves unnumbered, tells an unnumbered operative paragraph from a
 * preambular one, and strips footnote markers in reading order (the marker rule needs that order).
 */
final class BlockAssembler {
    private final MarkerStripper stripper;
    private final List<String> warnings;
    final List<Clause> preamble = new ArrayList<>();
    final List<Clause> operative = new ArrayList<>();
    final List<Heading> headings = new ArrayList<>();
    final List<Annex> annexes = new ArrayList<>();

    BlockAssembler(MarkerStripper stripper, List<String> warnings) {
        this.stripper = stripper;
        this.warnings = warnings;
    }

    /** Assembles every block; {@code decision}: the body is one or more unnumbered operative paragraphs. */
    void assemble(List<TextBlock> blocks, boolean decision) {
        for (TextBlock block : blocks) {
            if (block.isAnnex()) {
                annex(block);
                continue;
            }
            if (decision) {
                block.clauses.forEach(c -> {
                    c.part = Part.OPERATIVE;
                    c.numbered = false;
                });
            } else {
                unnumberedOperatives(block);
            }
            number(block);
            Map<ClauseDraft, Clause> made = new java.util.IdentityHashMap<>();
            for (ClauseDraft d : block.clauses) {
                Clause c = clause(d, null, block.restarts);
                made.put(d, c);
                (d.part == Part.PREAMBLE ? preamble : operative).add(c);
            }
            headings.addAll(headings(block, made));
        }
    }

    private void annex(TextBlock block) {
        number(block);
        List<Clause> clauses = new ArrayList<>();
        Map<ClauseDraft, Clause> made = new java.util.IdentityHashMap<>();
        for (ClauseDraft d : block.clauses) {
            Clause c = clause(d, block.annexId, block.restarts);
            made.put(d, c);
            clauses.add(c);
        }
        String title = LineCleaner.collapseSpaces(Markers.strip(block.title.toString()));
        annexes.add(new Annex(block.annexId, block.annexLabel, title, clauses, headings(block, made)));
    }

    /**
     * A section (or a text without sections) with preambular paragraphs but no operative one: its
     * last paragraphs that end as operative ones do (";" or ".", not ",") and do not open with a
     * preambular word are its unnumbered operative paragraphs ("Endorses the declaration … annexed.").
     */
    private static void unnumberedOperatives(TextBlock block) {
        Map<String, List<ClauseDraft>> sections = new LinkedHashMap<>();
        for (ClauseDraft d : block.clauses) {
            sections.computeIfAbsent(String.valueOf(d.section), k -> new ArrayList<>()).add(d);
        }
        for (List<ClauseDraft> section : sections.values()) {
            if (section.stream().anyMatch(d -> d.part == Part.OPERATIVE)) {
                adoptingParagraph(section);
                continue;
            }
            int first = section.size();
            while (first > 0 && ClauseEnds.finalPunctuation(section.get(first - 1).lead) != ',') {
                first--;
            }
            while (first < section.size() && Openers.isOpener(section.get(first).lead.toString())) {
                first++;
            }
            for (ClauseDraft d : section.subList(first, section.size())) {
                d.part = Part.OPERATIVE;
                d.numbered = false;
            }
        }
    }

    /**
     * "Adopts the following Pact for the Future and its annexes:" (A/RES/79/1): an unnumbered
     * paragraph that opens with an operative verb and ends with a colon, just before the numbered
     * paragraphs of the text it adopts, is the resolution's operative paragraph, not a preambular one.
     */
    private static void adoptingParagraph(List<ClauseDraft> section) {
        int firstOperative = 0;
        while (section.get(firstOperative).part != Part.OPERATIVE) {
            firstOperative++;
        }
        if (firstOperative == 0) {
            return;
        }
        ClauseDraft last = section.get(firstOperative - 1);
        if (last.part == Part.PREAMBLE && ClauseEnds.finalPunctuation(last.lead) == ':'
                && Openers.isOperativeVerb(last.lead.toString())) {
            last.part = Part.OPERATIVE;
            last.numbered = false;
        }
    }

    /** Numbers what print leaves unnumbered: preambular paragraphs by index (per section when numbering restarts). */
    private static void number(TextBlock block) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ClauseDraft d : block.clauses) {
            if (d.numbered && d.part != Part.PREAMBLE) {
                continue;
            }
            String key = d.part + "|" + (block.restarts ? Objects.toString(d.section) : "");
            d.number = counts.merge(key, 1, Integer::sum);
        }
    }

    private Clause clause(ClauseDraft d, String annex, boolean perSection) {
        if (d.listLines > 0) {
            warnings.add(d.name() + " (line " + d.line + "): " + d.listLines
                    + " paragraph(s) of the table or list after its colon were kept in its text");
        }
        if (d.subs.isEmpty() && d.part != Part.PREAMBLE) {
            splitInline(d);
        }
        MarkerStripper.Stripped lead = strip(d.lead, d);
        List<SubParagraph> subs = subparagraphs(d.subs, d);
        return new Clause(d.part, d.number, lead.text(), subs, lead.refs(), annex, d.section, d.numbered, d.form,
                perSection && d.section != null);
    }

    private List<SubParagraph> subparagraphs(List<ClauseDraft.Sub> drafts, ClauseDraft d) {
        List<SubParagraph> subs = new ArrayList<>(drafts.size());
        for (ClauseDraft.Sub sub : drafts) {
            MarkerStripper.Stripped s = strip(sub.text, d);
            subs.add(new SubParagraph(sub.label, s.text(), s.refs(), subparagraphs(sub.children, d)));
        }
        return subs;
    }

    private static List<Heading> headings(TextBlock block, Map<ClauseDraft, Clause> made) {
        List<Heading> list = new ArrayList<>();
        for (TextBlock.HeadingDraft h : block.headings) {
            String text = LineCleaner.collapseSpaces(Markers.strip(h.text.toString()));
            Part part = block.isAnnex() ? Part.ANNEX : h.next != null ? h.next.part : Part.OPERATIVE;
            list.add(new Heading(part, block.annexId, h.path, h.label.label(), text, Math.max(1, h.level),
                    h.next == null ? null : made.get(h.next)));
        }
        return list;
    }

    /** Sub-paragraphs printed on the lead-in's line become sub-paragraphs too. */
    private static void splitInline(ClauseDraft d) {
        List<String[]> parts = InlineSubparagraphs.split(d.lead.toString());
        if (parts.size() < 2) {
            return;
        }
        d.lead.setLength(0);
        d.lead.append(parts.get(0)[0].strip());
        for (String[] part : parts.subList(1, parts.size())) {
            ClauseDraft.Sub sub = new ClauseDraft.Sub(part[0]);
            sub.text.append(part[1].strip());
            d.subs.add(sub);
        }
    }

    private MarkerStripper.Stripped strip(CharSequence text, ClauseDraft d) {
        MarkerStripper.Stripped s = stripper.strip(text.toString());
        if (s.strayQuote()) {
            warnings.add(d.name() + ": stray closing quote at the end removed");
        }
        if (s.text().isEmpty() && !(d.form != org.clausewise.model.ClauseForm.PARAGRAPH && !d.subs.isEmpty())) {
            warnings.add(d.name() + " (line " + d.line + ") has no text");
        }
        return s;
    }
}
