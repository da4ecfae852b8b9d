/**
 * Reading raw resolution texts into {@link org.clausewise.model.Resolution}s.
 *
 * <p>Entry points: {@link org.clausewise.ingest.ResolutionFiles#read} (file checks, then parse) and
 * {@link org.clausewise.ingest.ResolutionParser#parse} (text to resolution, warnings instead of
 * exceptions). The pipeline, one class per step:
 * <ol>
 *   <li>{@code LineCleaner}: per line, Markdown, HTML tags, comment marks, tabs and explicit
 *       footnote markers (superscripts, {@code <sup>}, {@code $x^n$}) into a private-use form;</li>
 *   <li>{@code CoverReader}: symbol, session, kind, title, dates from the cover block;</li>
 *   <li>{@code PageFurniture}: running headers, job numbers, page numbers, barcodes;</li>
 *   <li>{@code BodyReader}: each body line as furniture, footnote, signature or clause text;</li>
 *   <li>{@code ParagraphBuilder} with {@code LineJoiner}: preambular and operative paragraphs,
 *       lettered sub-paragraphs, hard wraps and page breaks;</li>
 *   <li>{@code MarkerStripper}: footnote markers out of clause text, into
 *       {@link org.clausewise.model.FootnoteRef}s, judged by the expected next footnote number.</li>
 * </ol>
 * Every rule is about the shape of UN texts in general (see the tests, which reshape the corpus
 * texts to prove it), never about a particular file.
 */
package org.clausewise.ingest;
