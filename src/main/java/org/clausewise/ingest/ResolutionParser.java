package org.clausewise.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clausewise.ingest.pdf.Masthead;
import org.clausewise.model.Clause;
import org.clausewise.model.Footnote;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.SubParagraph;

/**
 * Turns the raw text of a General Assembly resolution or draft into a {@link Resolution}.
 *
 * <p>The steps: clean each line ({@link LineCleaner}); read the cover ({@link CoverReader});
 * drop page furniture ({@link PageFurniture}); sort the body's lines into clauses, footnotes and
 * signature ({@link BodyReader}); then strip footnote markers from the clauses in document order
 * ({@link MarkerStripper}). Odd input gives warnings, never an exception; only a text with no
 * clause at all is refused.
 */
public final class ResolutionParser {
    /** Enough to tell what went wrong; a broken text could otherwise give thousands. */
    private static final int MAX_WARNINGS = 50;

    public Resolution parse(String rawText, String sourceName) throws NotAResolutionException {
        return parse(rawText, sourceName, null, List.of());
    }

    /**
     * Parses the text of a PDF ({@link org.clausewise.ingest.pdf.PdfTextReader}): the masthead's
     * symbol and issue date win over what the cover text suggests, and what the PDF reader could
     * not read comes first among the warnings.
     *
     * @param masthead        the first page's masthead, or null
     * @param readingWarnings what was skipped while reading the file
     */
    public Resolution parse(String rawText, String sourceName, Masthead masthead, List<String> readingWarnings)
            throws NotAResolutionException {
        String name = sourceName == null ? "text" : sourceName;
        List<String> warnings = new ArrayList<>(readingWarnings);
        List<Line> lines = LineCleaner.clean(rawText == null ? "" : rawText);
        Cover cover = MastheadFacts.apply(CoverReader.read(lines), masthead);
        int bodyStart = cover.bodyStart();
        if (bodyStart < 0) {
            throw new NotAResolutionException(name + " does not look like a General Assembly resolution: "
                    + "no \"The General Assembly,\" line and no numbered title before its clauses");
        }
        if (cover.bodyGuessed()) {
            warnings.add("no \"The General Assembly,\" line: clauses read from after the title");
        }
        boolean[] furniture = PageFurniture.find(lines, cover.symbol(), cover.title());
        BodyReader.Body body = BodyReader.read(lines, bodyStart, furniture, warnings);
        if (body.preamble().isEmpty() && body.operative().isEmpty()) {
            throw new NotAResolutionException(name + " does not look like a General Assembly resolution: "
                    + "no preambular or operative paragraphs were found");
        }

        List<Footnote> footnotes = footnotes(body, warnings);
        Set<Integer> numbers = new TreeSet<>();
        for (Footnote f : footnotes) {
            if (f.mark().chars().allMatch(Character::isDigit)) {
                numbers.add(Integer.valueOf(f.mark()));
            }
        }
        MarkerStripper stripper = new MarkerStripper(numbers);
        List<Clause> preamble = new ArrayList<>();
        for (ClauseDraft d : body.preamble()) {
            MarkerStripper.Stripped s = strip(stripper, d.lead, d, warnings);
            preamble.add(Clause.preambular(preamble.size() + 1, s.text(), s.refs()));
        }
        List<Clause> operative = new ArrayList<>();
        for (ClauseDraft d : body.operative()) {
            if (d.subs.isEmpty()) {
                splitInline(d);
            }
            MarkerStripper.Stripped lead = strip(stripper, d.lead, d, warnings);
            List<SubParagraph> subs = new ArrayList<>();
            for (ClauseDraft.Sub sub : d.subs) {
                MarkerStripper.Stripped s = strip(stripper, sub.text, d, warnings);
                subs.add(new SubParagraph(sub.label, s.text(), s.refs()));
            }
            operative.add(Clause.operative(d.number, lead.text(), subs, lead.refs()));
        }

        ResolutionKind kind = cover.kind();
        LocalDate date = kind == ResolutionKind.DRAFT ? first(cover.issued(), cover.adopted())
                : first(cover.adopted(), body.signed());
        if (date == null) {
            warnings.add(kind == ResolutionKind.DRAFT ? "no issue date found" : "no adoption date found");
        }
        if (cover.title() == null || cover.title().isEmpty()) {
            warnings.add("no title found");
        }
        if (cover.session() == null) {
            warnings.add("no session found");
        }
        if (warnings.size() > MAX_WARNINGS) {
            int more = warnings.size() - MAX_WARNINGS;
            warnings.subList(MAX_WARNINGS, warnings.size()).clear();
            warnings.add("… and " + more + " more warnings of the same kinds");
        }
        return new Resolution(cover.symbol(), cover.session(), kind,
                cover.title() == null || cover.title().isEmpty() ? null : cover.title(), date,
                preamble, operative, footnotes, warnings, name);
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

    private static MarkerStripper.Stripped strip(MarkerStripper stripper, CharSequence text, ClauseDraft d,
                                                 List<String> warnings) {
        MarkerStripper.Stripped s = stripper.strip(text.toString());
        if (s.strayQuote()) {
            warnings.add((d.operative ? "OP " : "PP ") + d.number + ": stray closing quote at the end removed");
        }
        if (s.text().isEmpty()) {
            warnings.add((d.operative ? "OP " : "PP ") + d.number + " (line " + d.line + ") has no text");
        }
        return s;
    }

    /** Footnotes in order of their marks ("*" first), each mark once. */
    private static List<Footnote> footnotes(BodyReader.Body body, List<String> warnings) {
        Map<String, Footnote> byMark = new LinkedHashMap<>();
        for (RawFootnote raw : body.footnotes()) {
            String text = LineCleaner.collapseSpaces(Markers.strip(raw.text.toString()));
            if (byMark.containsKey(raw.mark)) {
                warnings.add("line " + raw.line + ": a second footnote " + raw.mark + " was ignored");
                continue;
            }
            byMark.put(raw.mark, new Footnote(raw.mark, text));
        }
        List<Footnote> list = new ArrayList<>(byMark.values());
        list.sort(Comparator.comparing(ResolutionParser::markOrder));
        return list;
    }

    private static Integer markOrder(Footnote f) {
        String m = f.mark();
        return m.chars().allMatch(Character::isDigit) && !m.isEmpty() ? Integer.parseInt(m) : -m.length();
    }

    private static LocalDate first(LocalDate a, LocalDate b) {
        return a != null ? a : b;
    }
}
