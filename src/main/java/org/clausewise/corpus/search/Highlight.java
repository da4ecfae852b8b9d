package org.clausewise.corpus.search;

/** Where the phrase (or one of the words) stands in a passage's display text: [start, end). */
public record Highlight(int start, int end) {
}
