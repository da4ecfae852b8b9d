package org.clausewise.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.EditOp;
import org.clausewise.model.FootnoteRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typography the UN texts use must come out of the PDF as the same characters. */
class UnicodeTextTest {
    /** Made up for this test: typographic quotes, U+2011, an accented name, footnote marks, and a CJK character DejaVu lacks. */
    private static final String LEFT = "Welcomes the “Abidjan principles” of Côte d’Ivoire on non\u2011selectivity,"
            + " and notes the report 中 of the Secretary\u2011General;";
    private static final String RIGHT = "Welcomes the “Abidjan principles” of Côte d’Ivoire on non\u2011selectivity"
            + " and objectivity, and notes the report of the Secretary\u2011General;";

    @TempDir
    Path dir;

    private Comparison madeUp() {
        Clause left = Clause.operative(3, LEFT, List.of(),
                List.of(new FootnoteRef("2", LEFT.indexOf("Ivoire") + 6), new FootnoteRef("*", LEFT.length())));
        Clause right = Clause.operative(3, RIGHT, List.of(), List.of(new FootnoteRef("12", RIGHT.indexOf("Ivoire") + 6)));
        ClauseRow row = HandBuilt.row(left, right, ChangeKind.MODIFIED, ChangeClass.SUBSTANTIVE, false,
                HandBuilt.words(LEFT, EditOp.DELETE, "中"),
                HandBuilt.words(RIGHT, EditOp.INSERT, "and objectivity"));
        return new Comparison(HandBuilt.draft(List.of(), List.of(left)), HandBuilt.adopted(List.of(), List.of(right)),
                List.of(), List.of(row));
    }

    @Test
    void quotesNonBreakingHyphensAccentsAndMarksSurviveAsText() throws IOException {
        Path pdf = dir.resolve("unicode.pdf");
        ComparisonPdf.write(madeUp(), pdf, PdfOptions.defaults());
        try (PdfProbe probe = new PdfProbe(pdf)) {
            String text = probe.text(0);
            assertTrue(text.contains("“Abidjan principles”"), text);
            assertTrue(text.contains("Côte d’Ivoire\u00B2"), "accent, apostrophe and superscript 2: " + text);
            assertTrue(text.contains("Côte d’Ivoire\u00B9\u00B2"), "footnote 12 as superscript digits: " + text);
            assertTrue(text.contains("non\u2011selectivity"), "U+2011 kept: " + text);
            assertTrue(text.contains("Secretary\u2011General"), text);
            assertTrue(text.contains("General;*"), "a non-digit mark is drawn raised after its word: " + text);
            assertTrue(text.contains("report ? of"), "a character the font lacks becomes '?': " + text);
            assertFalse(text.contains("中"), text);
        }
    }
}
