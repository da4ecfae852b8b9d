package org.clausewise.ingest.pdf;

import java.util.List;

/**
 * What a PDF gives the parser.
 *
 * @param text     the text in the shape the parser reads (lines, indents, {@code <sup>} marks,
 *                 footnotes after a {@code ____} rule at each page's end, form feeds between pages)
 * @param masthead the first page's masthead, read as metadata (never part of {@code text})
 * @param warnings what could not be read (pages with no text, unreadable characters), in a user's words
 * @param pages    how many pages the PDF has
 * @param tagged   page furniture was told by the PDF's own {@code /Artifact} tags rather than by position
 */
public record PdfText(String text, Masthead masthead, List<String> warnings, int pages, boolean tagged) {
    public PdfText {
        warnings = List.copyOf(warnings);
    }
}
