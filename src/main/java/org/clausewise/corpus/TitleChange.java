package org.clausewise.corpus;

/**
 * A renamed series as the grouping linked it: {@code renamed} cites {@code previous} by number
 * and shares enough of its wording ({@code similarity}, 0.0 to 1.0) to be the same resolution.
 */
public record TitleChange(CorpusEntry previous, CorpusEntry renamed, double similarity) {
}
