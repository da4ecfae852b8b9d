package org.clausewise.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.model.Clause;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;
import org.clausewise.ingest.OfficialPdfReads;
import org.clausewise.ingest.OfficialPdfReads.Read;
import org.clausewise.ingest.ResolutionFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every official PDF of {@code ../shared/pdf} (the 659 resolutions of sessions 78 and 79 and five
 * other shapes of the 80th), when that folder is there: the PDF layer refuses none, and no page
 * furniture or footnote mark is left in the clause text the parser makes of them. Skipped when
 * the folder is absent. The PDFs are not the project's: nothing of their text is written here.
 */
class OfficialPdfsTest {
    /** Job number ("23-20100"), barcode ("*2320100*"). */
    private static final Pattern JOB_OR_BARCODE = Pattern.compile("\\b\\d{2}-\\d{5}\\b|\\*\\d{7}\\*");
    /** A footnote mark left behind: explicit, or digits glued to a word or its punctuation ("Authority;43"). */
    private static final Pattern MARK_LEFT = Pattern.compile(
            "\uE000|\uE001|<sup>|\\b[a-z]{4,}[,;:]\\d{1,3}(?=\\s|$)|\\b[a-z]{4,}\\d{1,3}(?=[\\s,;.]|$)");

    /** Lines that are page furniture whatever the document: "2/12", "23-20100 (E) 271023", "*2320100*". */
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "\\d{1,3}\\s*/\\s*\\d{1,3}|\\d{2}-\\d{5}\\*?(?:\\s*\\([A-Z]\\))?(?:\\s+\\d{6})*|\\*\\d{7}\\*");

    private static List<Read> READ = List.of();

    @BeforeAll
    static void readAll() {
        Assumptions.assumeTrue(OfficialPdfReads.present(), "../shared/pdf is not there");
        READ = OfficialPdfReads.all();
    }

    @Test
    void everyPdfIsReadByThePdfLayer() {
        assertTrue(READ.size() >= 664, "read " + READ.size());
        List<String> refused = READ.stream().filter(r -> r.pdf() == null).map(Read::refusal).toList();
        assertEquals(List.of(), refused);
        List<String> noMasthead = READ.stream().filter(r -> !r.pdf().masthead().isUnDocument()).map(Read::name).toList();
        assertEquals(List.of(), noMasthead);
    }

    @Test
    void everyResolutionIsParsed() {
        // Amendments and draft decisions are shapes the parser learns separately; resolutions must all parse.
        List<String> refused = READ.stream().filter(r -> r.resolution() == null && r.name().startsWith("A_RES"))
                .map(Read::refusal).toList();
        assertEquals(List.of(), refused);
    }

    /** Two resolutions of the bundled corpus are among the PDFs: the PDF and the text must read alike. */
    @Test
    void thePdfAndTheBundledTextOfOneResolutionAgree() throws Exception {
        for (String symbol : List.of("79_175", "79_177")) {
            Resolution fromText = ResolutionFiles.read(Path.of("corpus", "A-RES-" + symbol.replace('_', '-') + ".txt"));
            Resolution fromPdf = READ.stream().filter(r -> r.name().equals("A_RES_" + symbol + ".pdf")).findFirst()
                    .orElseThrow().resolution();
            assertEquals(fromText.symbol(), fromPdf.symbol());
            assertEquals(fromText.date(), fromPdf.date());
            assertEquals(fromText.preamble(), fromPdf.preamble(), symbol);
            assertEquals(fromText.operative(), fromPdf.operative(), symbol);
            assertEquals(fromText.footnotes(), fromPdf.footnotes(), symbol);
        }
    }

    @Test
    void theMastheadSymbolIsTheFileName() {
        List<String> wrong = new ArrayList<>();
        for (Read r : READ) {
            String expected = r.name().replace(".pdf", "").replace('_', '/');
            if (!expected.equals(r.pdf().masthead().symbol()) || r.pdf().masthead().date() == null
                    || r.pdf().masthead().jobNumber() == null) {
                wrong.add(r.name() + " " + r.pdf().masthead());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void noPageFurnitureInClauseText() {
        List<String> found = clausesWhere((r, text) -> {
            String symbol = r.resolution().symbol();
            return JOB_OR_BARCODE.matcher(text).find() || text.equals(symbol)
                    || symbol != null && text.contains(symbol + " " + firstWords(r.resolution().title())) ? shorten(text) : null;
        });
        assertEquals(List.of(), found);
    }

    /** The PDF layer itself leaves no line that is only a page number, a job number, a barcode or the symbol. */
    @Test
    void noFurnitureLineInWhatThePdfLayerGives() {
        List<String> found = new ArrayList<>();
        for (Read r : READ) {
            String symbol = r.pdf().masthead().symbol();
            for (String line : r.pdf().text().lines().map(String::strip).toList()) {
                if (FURNITURE_LINE.matcher(line).matches() || line.equals(symbol)) {
                    found.add(r.name() + ": " + line);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void noFootnoteMarkInClauseText() {
        List<String> found = clausesWhere((r, text) -> {
            Matcher m = MARK_LEFT.matcher(text);
            return m.find() ? "…" + text.substring(Math.max(0, m.start() - 20), Math.min(text.length(), m.end() + 5)) : null;
        });
        assertEquals(List.of(), found);
    }

    /** For every clause text of every parsed PDF, what {@code finding} says is wrong with it (null: nothing). */
    private static List<String> clausesWhere(BiFunction<Read, String, String> finding) {
        List<String> found = new ArrayList<>();
        for (Read r : READ) {
            if (r.resolution() == null) {
                continue;
            }
            for (String text : texts(r.resolution())) {
                String what = finding.apply(r, text);
                if (what != null) {
                    found.add(r.name() + ": " + what);
                }
            }
        }
        return found;
    }

    private static List<String> texts(Resolution r) {
        List<String> texts = new ArrayList<>();
        for (Clause c : r.preamble()) {
            texts.add(c.text());
        }
        for (Clause c : r.operative()) {
            texts.add(c.text());
            for (SubParagraph s : c.subparagraphs()) {
                texts.add(s.text());
            }
        }
        return texts;
    }

    private static String firstWords(String title) {
        if (title == null) {
            return "\u0000";
        }
        String[] words = title.split(" ");
        return String.join(" ", List.of(words).subList(0, Math.min(3, words.length)));
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
