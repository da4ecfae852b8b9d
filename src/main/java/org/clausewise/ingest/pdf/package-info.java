/**
 * Reading the official UN PDFs into the text the one resolution parser reads.
 *
 * <p>Entry point: {@link org.clausewise.ingest.pdf.PdfTextReader#read}, which gives a
 * {@link org.clausewise.ingest.pdf.PdfText} (the text, the first page's
 * {@link org.clausewise.ingest.pdf.Masthead} as metadata, and warnings) or refuses the PDF with one
 * line. The steps, one class each:
 * <ol>
 *   <li>{@code GlyphReader}: every glyph with position, size and whether it is an {@code /Artifact};</li>
 *   <li>{@code LineAssembler}: glyphs on one baseline into lines, words spaced by positions, small
 *       raised glyphs into {@code <sup>} footnote marks;</li>
 *   <li>{@code PositionalFurniture}: headers, footers and masthead by position, for untagged PDFs;</li>
 *   <li>{@code MastheadReader}: symbol, distribution, date, job number, barcode of page 1;</li>
 *   <li>{@code FootnoteArea}: where each page's footnotes start (the rule, or the small marked lines);</li>
 *   <li>{@code TextComposer}: the text, with indents, paragraph gaps, footnotes after a rule and
 *       form feeds between pages.</li>
 * </ol>
 * This package uses PDFBox and the JDK only: {@code ingest} depends on it, never the reverse.
 */
package org.clausewise.ingest.pdf;
