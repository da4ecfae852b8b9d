package org.clausewise.corpus;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.Sessions;

/**
 * What the library keeps of a text while it is not open: enough to list it, filter it and group
 * it into its series, a kilobyte or so, so that tens of thousands of texts fit in memory. The
 * whole {@link Resolution} is read from the index when the text is opened.
 *
 * @param symbol      "A/RES/78/12", or null (most drafts)
 * @param session     the General Assembly session, or null when unknown
 * @param kind        resolution, draft, …
 * @param title       the title as printed, or null
 * @param date        adoption date (a draft's issue date), or null
 * @param committee   "Third Committee", "Plenary", or null when unknown
 * @param adoptedFrom the symbol of the draft an adopted text was adopted on, or null
 * @param amends      the symbol of the draft an amendment amends, or null
 * @param citations   resolution numbers its preamble recalls, as {@link Citations#key} values
 * @param sketch      a fingerprint of its wording, to tell versions of one text from others
 * @param clauses     how many preambular and operative paragraphs it has
 */
public record TextSummary(String symbol, Integer session, ResolutionKind kind, String title, LocalDate date,
                          String committee, String adoptedFrom, String amends, int[] citations,
                          ContentSketch sketch, int clauses) {
    public TextSummary {
        Objects.requireNonNull(kind, "kind");
        citations = citations == null ? new int[0] : citations.clone();
        sketch = sketch == null ? ContentSketch.empty() : sketch;
    }

    /** The summary of a parsed text. */
    public static TextSummary of(Resolution text) {
        return new TextSummary(text.symbol(), text.session(), text.kind(), text.title(), text.date(),
                DocumentFacts.committee(text), DocumentFacts.adoptedFrom(text), DocumentFacts.amends(text),
                Citations.citedIn(text), ContentSketch.of(text), text.preamble().size() + text.operative().size());
    }

    @Override
    public int[] citations() {
        return citations.clone();
    }

    /** True for an adopted text: a resolution or a decision (not a draft, not an amendment). */
    public boolean isAdopted() {
        return kind == ResolutionKind.RESOLUTION || kind == ResolutionKind.DECISION;
    }

    /** The symbol, or "Draft (67th session)" when there is none, as {@link Resolution#displayName()}. */
    public String displayName() {
        if (symbol != null) {
            return symbol;
        }
        String what = kind.displayName();
        return session == null ? what : what + " (" + Sessions.ordinal(session) + " session)";
    }

    /** The resolution number it carries as a {@link Citations#key}, or -1 (no symbol). */
    int number() {
        return Citations.numberOf(symbol);
    }

    boolean cites(int key) {
        for (int c : citations) {
            if (c == key) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextSummary s && Objects.equals(symbol, s.symbol) && Objects.equals(session, s.session)
                && kind == s.kind && Objects.equals(title, s.title) && Objects.equals(date, s.date)
                && Objects.equals(committee, s.committee) && Objects.equals(adoptedFrom, s.adoptedFrom)
                && Objects.equals(amends, s.amends) && Arrays.equals(citations, s.citations)
                && sketch.equals(s.sketch) && clauses == s.clauses;
    }

    @Override
    public int hashCode() {
        return Objects.hash(symbol, session, kind, title, date) * 31 + Arrays.hashCode(citations);
    }

    @Override
    public String toString() {
        return "TextSummary[" + displayName() + ", " + title + "]";
    }
}
