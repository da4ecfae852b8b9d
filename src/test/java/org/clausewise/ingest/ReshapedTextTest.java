package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.model.Clause;
import org.clausewise.model.Footnote;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parser reads the shape of a text, not these particular files: each corpus text, reshaped
 * the way other extractions shape text (Windows line ends, trailing blanks, one word per line,
 * footnote marks on lines of their own, no blank lines between paragraphs), must parse to the
 * same resolution as the original. Indented by a margin is also among the shapes.
 */
class ReshapedTextTest {
    private static final Pattern FOOTNOTE_LINE = Pattern.compile("(\\d{1,2}) {1,2}(\\S.*)");

    static List<String> names() {
        return Corpus.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void windowsLineEndsAndTrailingBlanks(String name) {
        assertSameParse(name, t -> t.replace("\n", "   \r\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A-RES-72-186.txt", "A-RES-73-179.txt", "A-RES-75-176.txt", "A-RES-75-186.txt",
            "A-RES-79-175.txt", "A-RES-79-177.txt"})
    void footnoteMarksOnLinesOfTheirOwn(String name) {
        assertSameParse(name, t -> {
            StringBuilder sb = new StringBuilder();
            for (String line : t.split("\n", -1)) {
                Matcher m = FOOTNOTE_LINE.matcher(line);
                sb.append(m.matches() ? m.group(1) + "\n" + m.group(2) : line).append('\n');
            }
            return sb.toString();
        });
    }

    @ParameterizedTest
    @MethodSource("names")
    void noBlankLinesBetweenParagraphs(String name) {
        assertSameParse(name, t -> {
            int body = t.indexOf("The General Assembly,");
            return t.substring(0, body) + t.substring(body).replaceAll("\n[ \t]*(?=\n)", "");
        });
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyLineIndentedByAMargin(String name) {
        assertSameParse(name, t -> t.replaceAll("(?m)^(?=\\S)", "    "));
    }

    @ParameterizedTest
    @MethodSource("names")
    void justifiedLinesAsOneWordPerLine(String name) {
        assertSameParse(name, ReshapedTextTest::oneWordPerLine);
    }

    /**
     * Splits the hard-wrapped lines inside paragraphs into one word per line, as some PDF
     * extractions do with justified text. Running headers (lines that repeat), footnote areas and
     * the first line of each paragraph keep their shape.
     */
    private static String oneWordPerLine(String t) {
        String[] lines = t.split("\n", -1);
        Map<String, Integer> count = new HashMap<>();
        for (String l : lines) {
            count.merge(l.strip(), 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        boolean body = false;
        boolean notes = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            String s = l.strip();
            if (s.startsWith("The General Assembly")) {
                body = true;
            }
            if (s.matches("_{3,}")) {
                notes = true;
            } else if (notes && !s.isEmpty() && count.get(s) > 1) {
                notes = false;
            }
            if (s.contains("plenary meeting")) {
                body = false;
            }
            boolean continuation = i > 0 && !lines[i - 1].strip().isEmpty() && !l.startsWith(" ") && !l.startsWith("\t");
            if (body && !notes && continuation && s.length() > 40 && count.get(s) == 1
                    && !s.matches("(\\d+\\.|\\(\\w+\\)|\\d+ ).*")) {
                out.addAll(List.of(s.split("\\s+")));
            } else {
                out.add(l);
            }
        }
        return String.join("\n", out);
    }

    private static void assertSameParse(String name, UnaryOperator<String> reshape) {
        Resolution original = Corpus.parse(name);
        Resolution reshaped;
        try {
            reshaped = new ResolutionParser().parse(reshape.apply(Corpus.text(name)), name);
        } catch (NotAResolutionException e) {
            throw new AssertionError(name + " reshaped: " + e.getMessage(), e);
        }
        assertEquals(summary(original), summary(reshaped), name);
    }

    /** Everything a reader sees, as one comparable text. */
    private static String summary(Resolution r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.symbol()).append(" | ").append(r.session()).append(" | ").append(r.kind()).append(" | ")
                .append(r.title()).append(" | ").append(r.date()).append('\n');
        for (Clause c : r.preamble()) {
            sb.append(c.label()).append(' ').append(c.text()).append(' ').append(c.footnoteRefs()).append('\n');
        }
        for (Clause c : r.operative()) {
            sb.append(c.label()).append(' ').append(c.text()).append(' ').append(c.footnoteRefs()).append('\n');
            for (SubParagraph s : c.subparagraphs()) {
                sb.append("  (").append(s.label()).append(") ").append(s.text()).append('\n');
            }
        }
        for (Footnote f : r.footnotes()) {
            sb.append(f.mark()).append(' ').append(f.text()).append('\n');
        }
        return sb.toString();
    }
}
