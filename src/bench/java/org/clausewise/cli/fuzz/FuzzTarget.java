package org.clausewise.cli.fuzz;

import java.io.IOException;
import java.io.OutputStream;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.export.ComparisonPdf;
import org.clausewise.export.PdfOptions;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;
import org.clausewise.model.Span;
import org.clausewise.model.SubparagraphRow;
import org.clausewise.model.TextDiff;

/**
 * What a fuzz input is fed to. A target either accepts the input or refuses it with an
 * {@link InputException} (one clear message: that is correct behaviour for bad input); anything
 * else it throws is a crash.
 */
public enum FuzzTarget {
    /** Bytes → checks of the file reader → parser, as {@code parse FILE} does. */
    PARSE {
        @Override
        void run(byte[] input) throws InputException {
            parse(input);
        }
    },
    /** Bytes of a PDF → the PDF reader → parser, as {@code parse FILE.pdf} does. */
    PARSE_PDF {
        @Override
        void run(byte[] input) throws InputException {
            ResolutionFiles.read(input, "fuzz.pdf");
        }
    },
    /** Two texts ({@link Pair}) → comparison; every span must lie inside its clause text. */
    COMPARE {
        @Override
        void run(byte[] input) throws InputException {
            checkSpans(compare(input));
        }
    },
    /** Two texts → comparison → PDF, written to nowhere. */
    EXPORT {
        @Override
        void run(byte[] input) throws InputException, IOException {
            ComparisonPdf.write(compare(input), OutputStream.nullOutputStream(), PdfOptions.defaults());
        }
    };

    abstract void run(byte[] input) throws Exception;

    /** Lower-case name, as on the command line and in the regression folders. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Resolution parse(byte[] input) throws InputException {
        return ResolutionFiles.read(input, "fuzz.txt");
    }

    static Comparison compare(byte[] input) throws InputException {
        byte[][] pair = Pair.split(input);
        return new ResolutionComparer().compare(parse(pair[0]), parse(pair[1]));
    }

    /** A span outside its text would crash the viewer and the PDF: that is a finding too. */
    static void checkSpans(Comparison c) {
        for (ClauseRow row : c.allRows()) {
            check(row.diff(), row.left() == null ? null : row.left().text(), row.right() == null ? null : row.right().text());
            for (SubparagraphRow sub : row.subparagraphs()) {
                check(sub.diff(), sub.left() == null ? null : sub.left().text(), sub.right() == null ? null : sub.right().text());
            }
        }
    }

    private static void check(TextDiff diff, String left, String right) {
        for (Span s : diff.leftSpans()) {
            inside(s, left);
        }
        for (Span s : diff.rightSpans()) {
            inside(s, right);
        }
    }

    private static void inside(Span s, String text) {
        int length = text == null ? 0 : text.length();
        if (s.start() < 0 || s.start() > s.end() || s.end() > length) {
            throw new IllegalStateException("span " + s.start() + ".." + s.end() + " outside a text of " + length + " chars");
        }
    }
}
