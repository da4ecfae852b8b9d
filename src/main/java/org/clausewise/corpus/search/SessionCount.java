package org.clausewise.corpus.search;

/** How many clauses and texts of one session hold the phrase; {@code session} null when unknown. */
public record SessionCount(Integer session, int clauses, int texts) {
}
