package org.clausewise.ui.history;

/**
 * A cell of the series overview: the clause's number in that text and a mark for what happened
 * to it ("8 Δ"), empty where it is absent.
 *
 * @param tooltip the same in words, e.g. "OP 8 in A/RES/69/179: substantive change"
 */
public record OverviewCell(int position, VersionState state, String label, String tooltip) {
}
