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
import org.clausewise.model.Amendment;
import org.clausewise.model.Clause;
import org.clausewise.model.Footnote;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;

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
            throw new NotAResolutionException(cover.notATextReason() != null
                    ? name + " is " + cover.notATextReason() + ", not a resolution, decision, draft or amendment"
                    : name + " does not look like a General Assembly resolution: "
                    + "no \"The General Assembly,\" line and no numbered title before its clauses");
        }
        if (cover.bodyGuessed()) {
            warnings.add("no \"The General Assembly,\" line: clauses read from after the title");
        }
        ResolutionKind kind = cover.kind();
        boolean[] furniture = PageFurniture.find(lines, cover.symbol(), cover.title());
        BodyReader.Body body = BodyReader.read(lines, bodyStart, furniture, warnings, kind == ResolutionKind.AMENDMENT);
        if (!body.hasClauses()) {
            throw new NotAResolutionException(name + " does not look like a General Assembly resolution: "
                    + (kind == ResolutionKind.AMENDMENT ? "an amendment with no instructions"
                    : "no preambular or operative paragraphs were found"));
        }

        List<Footnote> footnotes = footnotes(body, warnings);
        Set<Integer> numbers = new TreeSet<>();
        for (Footnote f : footnotes) {
            if (f.mark().chars().allMatch(Character::isDigit)) {
                numbers.add(Integer.valueOf(f.mark()));
            }
        }
        BlockAssembler assembled = new BlockAssembler(new MarkerStripper(numbers), warnings);
        assembled.assemble(body.blocks(), kind.isDecision());
        List<Clause> preamble = assembled.preamble;
        List<Clause> operative = assembled.operative;
        Amendment amendment = null;
        if (kind == ResolutionKind.AMENDMENT) {
            List<Clause> paragraphs = new ArrayList<>(preamble);
            paragraphs.addAll(operative);
            AmendmentReader.Result read = AmendmentReader.read(paragraphs, cover.amends(), warnings);
            preamble = List.of();
            operative = read.clauses();
            amendment = read.amendment();
        }

        boolean issuedDate = kind.isDraft() || kind == ResolutionKind.AMENDMENT;
        LocalDate date = issuedDate ? first(cover.issued(), cover.adopted()) : first(cover.adopted(), body.signed());
        if (date == null) {
            warnings.add(issuedDate ? "no issue date found" : "no adoption date found");
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
                preamble, operative, footnotes, warnings, name, cover.info(), assembled.headings, assembled.annexes,
                amendment);
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
        // "*", "**", "***" (and lettered marks) before the numbered notes, shortest first
        return m.chars().allMatch(Character::isDigit) && !m.isEmpty() ? Integer.parseInt(m) : m.length() - 10;
    }

    private static LocalDate first(LocalDate a, LocalDate b) {
        return a != null ? a : b;
    }
}
