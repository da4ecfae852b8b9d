package org.clausewise.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed General Assembly text: a resolution, a decision, a draft of either, or an amendment.
 *
 * @param symbol    "A/RES/67/169", "A/C.3/80/L.56/Rev.1", or null when the text does not carry one
 * @param session   the General Assembly session, e.g. 67; null when it cannot be told
 * @param kind      resolution, draft, decision, draft decision or amendment
 * @param title     the title without the "67/169." prefix
 * @param date      adoption date; for a draft or amendment its issue date; null when not found
 * @param preamble  the body's preambular paragraphs in reading order, across sections
 * @param operative the body's operative paragraphs in reading order, across sections
 * @param footnotes footnotes in order of their marks
 * @param warnings  what the parser skipped or guessed, in words a user understands
 * @param source    where the text came from (file name), for display and messages
 * @param info      what the masthead and adoption line say (distribution, committee, sponsors …)
 * @param headings  the body's section headings in reading order (an annex keeps its own)
 * @param annexes   the annexes in order, each with its own clauses and headings
 * @param amendment for an amendment, the draft it amends and its instructions; null otherwise
 */
public record Resolution(String symbol, Integer session, ResolutionKind kind, String title, LocalDate date,
                         List<Clause> preamble, List<Clause> operative, List<Footnote> footnotes,
                         List<String> warnings, String source, DocumentInfo info, List<Heading> headings,
                         List<Annex> annexes, Amendment amendment) {
    public Resolution {
        preamble = List.copyOf(preamble);
        operative = List.copyOf(operative);
        footnotes = List.copyOf(footnotes);
        warnings = List.copyOf(warnings);
        info = info == null ? DocumentInfo.NONE : info;
        headings = List.copyOf(headings);
        annexes = List.copyOf(annexes);
    }

    /** A resolution or draft with a flat body and no annex (the first release's shape). */
    public Resolution(String symbol, Integer session, ResolutionKind kind, String title, LocalDate date,
                      List<Clause> preamble, List<Clause> operative, List<Footnote> footnotes,
                      List<String> warnings, String source) {
        this(symbol, session, kind, title, date, preamble, operative, footnotes, warnings, source,
                DocumentInfo.NONE, List.of(), List.of(), null);
    }

    /** The body's clauses of one part; for Part.ANNEX, every annex's clauses in order. */
    public List<Clause> clauses(Part part) {
        switch (part) {
            case PREAMBLE: return preamble;
            case OPERATIVE: return operative;
            default:
                List<Clause> all = new ArrayList<>();
                for (Annex a : annexes) {
                    all.addAll(a.clauses());
                }
                return all;
        }
    }

    /**
     * The body's clauses in reading order: a section's own preambular paragraphs come before its
     * operative ones, and sections follow each other as their headings do.
     */
    public List<Clause> body() {
        List<String> order = new ArrayList<>();
        for (Heading h : headings) {
            if (h.path() != null && !order.contains(h.path())) {
                order.add(h.path());
            }
        }
        List<Clause> all = new ArrayList<>(preamble.size() + operative.size());
        int p = 0;
        for (Clause op : operative) {
            while (p < preamble.size() && sectionIndex(order, preamble.get(p)) <= sectionIndex(order, op)) {
                all.add(preamble.get(p++));
            }
            all.add(op);
        }
        all.addAll(preamble.subList(p, preamble.size()));
        return all;
    }

    private static int sectionIndex(List<String> order, Clause c) {
        return c.section() == null ? -1 : order.indexOf(c.section());
    }

    /** Body headings, then each annex's headings: the whole outline of the text. */
    public List<Heading> allHeadings() {
        List<Heading> all = new ArrayList<>(headings);
        for (Annex a : annexes) {
            all.addAll(a.headings());
        }
        return all;
    }

    /** A short name for headers and lists: the symbol, or "Draft (67th session)" when there is none. */
    public String displayName() {
        if (symbol != null) {
            return symbol;
        }
        String what = kind == null ? "Resolution" : kind.displayName();
        return session == null ? what : what + " (" + Sessions.ordinal(session) + " session)";
    }
}
