package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.model.Clause;
import org.clausewise.model.Footnote;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * All eleven corpus texts: no page furniture, footnote text or signature block inside a clause,
 * and no clause text lost on the way.
 */
class CorpusCleanlinessTest {
    private static final Pattern JOB_NUMBER = Pattern.compile("\\b\\d{2}-\\d{5}\\b");
    /** A page number line of the source, such as "2/12". */
    private static final Pattern PAGE_LINE = Pattern.compile("(?m)^\\s*(\\d{1,3}/\\d{1,3})\\s*$");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    static List<String> names() {
        return Corpus.names();
    }

    /** Every piece of clause text: preambular paragraphs, operative lead-ins, sub-paragraphs. */
    private static List<String> pieces(Resolution r, List<String> labels) {
        List<String> out = new ArrayList<>();
        for (Clause c : r.preamble()) {
            out.add(c.text());
            labels.add(c.label());
        }
        for (Clause c : r.operative()) {
            out.add(c.text());
            labels.add(c.label());
            for (SubParagraph s : c.subparagraphs()) {
                out.add(s.text());
                labels.add(c.label() + " (" + s.label() + ")");
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("names")
    void clausesEndAsClausesEnd(String name) {
        Resolution r = Corpus.parse(name);
        List<String> problems = new ArrayList<>();
        for (Clause c : r.preamble()) {
            if (!c.text().endsWith(",")) {
                problems.add(c.label() + " does not end with ',': …" + tail(c.text()));
            }
        }
        for (Clause c : r.operative()) {
            String last = c.subparagraphs().isEmpty() ? c.text()
                    : c.subparagraphs().get(c.subparagraphs().size() - 1).text();
            if (!(last.endsWith(";") || last.endsWith(".") || last.endsWith(":"))) {
                problems.add(c.label() + " does not end with ';', '.' or ':': …" + tail(last));
            }
            if (!c.subparagraphs().isEmpty() && !c.text().endsWith(":")) {
                problems.add(c.label() + " has sub-paragraphs but its lead-in does not end with ':'");
            }
        }
        assertTrue(problems.isEmpty(), name + "\n" + String.join("\n", problems));
    }

    @ParameterizedTest
    @MethodSource("names")
    void noFurnitureFootnotesOrSignatureInClauses(String name) {
        Resolution r = Corpus.parse(name);
        List<String> labels = new ArrayList<>();
        List<String> pieces = pieces(r, labels);
        List<String> problems = new ArrayList<>();
        List<String> pageNumbers = new ArrayList<>();
        Matcher pages = PAGE_LINE.matcher(Corpus.text(name));
        while (pages.find()) {
            pageNumbers.add(pages.group(1));
        }
        for (int i = 0; i < pieces.size(); i++) {
            String t = pieces.get(i);
            check(problems, labels.get(i), t, t.contains("A/RES/"), "an A/RES/ header");
            check(problems, labels.get(i), t, t.contains("__"), "a footnote rule");
            check(problems, labels.get(i), t, JOB_NUMBER.matcher(t).find(), "a job number");
            for (String page : pageNumbers) {
                check(problems, labels.get(i), t, (" " + t + " ").contains(" " + page + " "), "page number " + page);
            }
            check(problems, labels.get(i), t, t.toLowerCase(Locale.ROOT).contains("plenary meeting"), "the signature");
            check(problems, labels.get(i), t, t.contains("\n") || t.contains("  "), "a line break or double space");
            check(problems, labels.get(i), t, t.indexOf(Markers.OPEN) >= 0 || t.contains("<sup>") || t.contains("$"),
                    "a footnote marker");
            check(problems, labels.get(i), t, t.contains("*"), "an asterisk");
            for (Footnote f : r.footnotes()) {
                if (f.text().length() >= 12 && t.contains(f.text())) {
                    problems.add(labels.get(i) + " contains the text of footnote " + f.mark());
                }
            }
        }
        assertTrue(problems.isEmpty(), name + "\n" + String.join("\n", problems));
    }

    /**
     * No text lost: every word of four letters or more between "The General Assembly," and the
     * signature is found in a clause, a footnote, or the running header (title, symbol).
     */
    @ParameterizedTest
    @MethodSource("names")
    void noClauseTextLost(String name) {
        String raw = Corpus.text(name);
        Resolution r = Corpus.parse(name);
        int start = raw.indexOf("General Assembly,");
        Matcher sig = Pattern.compile("\\d+(st|nd|rd|th) plenary meeting").matcher(raw);
        int end = sig.find() ? sig.start() : raw.length();
        Set<String> found = new HashSet<>();
        StringBuilder all = new StringBuilder(String.valueOf(r.title())).append(' ').append(r.symbol());
        List<String> labels = new ArrayList<>();
        for (String piece : pieces(r, labels)) {
            all.append(' ').append(piece);
        }
        r.footnotes().forEach(f -> all.append(' ').append(f.text()));
        Matcher w = WORD.matcher(all);
        while (w.find()) {
            found.add(w.group());
        }
        List<String> lost = new ArrayList<>();
        Matcher src = WORD.matcher(raw.substring(start + "General Assembly,".length(), end));
        while (src.find()) {
            String word = src.group();
            if (!found.contains(word) && !word.equals("Please") && !word.equals("recycle")) {
                lost.add(word);
            }
        }
        assertTrue(lost.isEmpty(), name + ": words of the text missing from the parse: " + lost);
    }

    private static void check(List<String> problems, String label, String text, boolean bad, String what) {
        if (bad) {
            problems.add(label + " contains " + what + ": …" + tail(text));
        }
    }

    private static String tail(String t) {
        return t.length() <= 80 ? t : t.substring(t.length() - 80);
    }
}
